namespace IncLead.BrowserTests;

/// <summary>
/// A second app with its own database and demo organisation, for each journey that moves the demo on: the equality
/// lead's closes, signs off and releases the open cycle, and the board member's answers every stage Robert Williams
/// left, while the other browser tests still answer that cycle and count on his gaps. Each journey class gets its own.
/// </summary>
public sealed class JourneyServer : AppServer;
