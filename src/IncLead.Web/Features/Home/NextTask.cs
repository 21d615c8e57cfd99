namespace IncLead.Web.Features.Home;

/// <summary>One thing a person should do next: what it is, why, and the one link or button that starts it.</summary>
public sealed record NextTask(string Heading, string Detail, string LinkText, string Href, bool Download = false);
