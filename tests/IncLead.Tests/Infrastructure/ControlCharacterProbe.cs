using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;

namespace IncLead.Tests.Infrastructure;

public sealed class ControlCharacterProbe(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Probe()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var response = await lead.SubmitAsync("/stories/new", "/stories/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "Bad\0title", ["Form.Narrative"] = "It took three phone calls.", ["Form.Voice"] = "Patient",
            ["Form.Visibility"] = "EqualityLeadOnly", ["Form.StageNumber"] = "4", ["Form.Characteristics"] = "Disability", ["Form.ConsentGiven"] = "false",
        });
        var body = await response.BodyAsync();
        Assert.Fail($"{(int)response.StatusCode} {string.Join(",", response.Headers.Select(h => h.Key + "=" + string.Join(";", h.Value)))} {body[..Math.Min(2000, body.Length)]}");
    }
}
