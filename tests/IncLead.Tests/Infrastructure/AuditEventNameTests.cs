using System.Reflection;
using IncLead.Web.Infrastructure.Auditing;

namespace IncLead.Tests.Infrastructure;

public sealed class AuditEventNameTests
{
    [Fact]
    public void Every_audit_event_has_a_name_in_words()
    {
        var codes = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotEqual(code, AuditEventNames.Of(code)));
        Assert.Equal("Signed in", AuditEventNames.Of(AuditActions.SignInSucceeded));
    }
}
