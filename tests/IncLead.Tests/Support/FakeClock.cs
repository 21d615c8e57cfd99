namespace IncLead.Tests.Support;

/// <summary>A clock tests can move: expiry, lockout and reminders are tested by advancing time, not by waiting.</summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
