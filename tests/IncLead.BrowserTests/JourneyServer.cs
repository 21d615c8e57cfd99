namespace IncLead.BrowserTests;

/// <summary>
/// A second app with its own database and demo organisation, for the equality lead's journey: it closes, signs off and
/// releases the demo's open cycle, which the other browser tests still answer.
/// </summary>
public sealed class JourneyServer : AppServer;
