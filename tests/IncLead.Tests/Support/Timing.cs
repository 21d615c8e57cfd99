namespace IncLead.Tests.Support;

/// <summary>
/// Tests that compare response times run alone, after the parallel ones: with other test classes sharing the two cores,
/// one path doing slightly more work than another is magnified by the queue for the CPU, not by what an attacker sees.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Timing
{
    public const string Name = "Timing";
}
