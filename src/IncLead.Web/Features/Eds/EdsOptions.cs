using IncLead.Web.Domain.Eds;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Eds;

/// <summary>Settings under <c>Eds</c>. The rating band defaults are in appsettings.json and explained in docs/eds-rating-bands.md.</summary>
public sealed class EdsOptions
{
    public const string Section = "Eds";

    public RatingBandsOptions RatingBands { get; set; } = new();

    /// <summary>How long a stakeholder panellist's link works.</summary>
    public TimeSpan PanelLinkLifetime { get; set; } = TimeSpan.FromDays(14);

    public RatingBands ToBands() => new(
        [.. RatingBands.Organisation.Select(b => b.ToBand())],
        RatingBands.Domains.ToDictionary(d => d.Key, d => (IReadOnlyList<RatingBand>)[.. d.Value.Select(b => b.ToBand())], StringComparer.OrdinalIgnoreCase),
        RatingBands.Domain1EvenCountRounding);
}

public sealed class RatingBandsOptions
{
    // No defaults in code: configuration binding appends to a list that already has items.
    public List<RatingBandOption> Organisation { get; set; } = [];

    /// <summary>Keyed by domain code (D1, D2, D3). A domain left out shows its total without a rating.</summary>
    public Dictionary<string, List<RatingBandOption>> Domains { get; set; } = [];

    public EvenCountRounding Domain1EvenCountRounding { get; set; } = EvenCountRounding.Down;

    /// <summary>False until someone has checked the domain bands against NHS England's guidance; pages then label them as IncLead defaults.</summary>
    public bool DomainBandsConfirmed { get; set; }
}

public sealed class RatingBandOption
{
    public int Rating { get; set; }
    public int Min { get; set; }
    public int Max { get; set; }

    public RatingBand ToBand() => new(Rating, Min, Max);
}

/// <summary>Stops start-up on bands that leave gaps, overlap or do not start at 0, naming the setting that is wrong.</summary>
public sealed class EdsOptionsValidator : IValidateOptions<EdsOptions>
{
    public ValidateOptionsResult Validate(string? name, EdsOptions options)
    {
        var bands = options.ToBands();
        var problems = new List<string>();
        if (bands.Organisation.Count == 0) problems.Add("Eds:RatingBands:Organisation: no bands are configured, so no organisation rating can be given.");
        problems.AddRange(RatingBands.Problems("Eds:RatingBands:Organisation", bands.Organisation));
        foreach (var (code, list) in bands.Domains) problems.AddRange(RatingBands.Problems($"Eds:RatingBands:Domains:{code}", list));
        if (options.PanelLinkLifetime < TimeSpan.FromHours(1) || options.PanelLinkLifetime > TimeSpan.FromDays(90))
            problems.Add($"Eds:PanelLinkLifetime: {options.PanelLinkLifetime} is outside 1 hour to 90 days.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
