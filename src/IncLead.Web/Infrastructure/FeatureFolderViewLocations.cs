using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace IncLead.Web.Infrastructure;

/// <summary>
/// Views live beside their controller: a controller in namespace <c>IncLead.Web.Features.Account</c> finds its views
/// in <c>/Features/Account/</c>, so one feature folder can hold several small controllers.
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Prefix = "IncLead.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            context.Values[Key] = ns[Prefix.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature)
            ? [$"/Features/{feature}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml"]
            : ["/Features/Shared/{0}.cshtml"];
}
