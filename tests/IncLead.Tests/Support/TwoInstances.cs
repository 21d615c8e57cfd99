namespace IncLead.Tests.Support;

/// <summary>
/// Two app instances on one database, as several instances behind a load balancer would be. The first migrates and
/// seeds before the second opens the database.
/// </summary>
public abstract class TwoInstances : IAsyncLifetime
{
    protected AppFactory First { get; } = new();
    protected AppFactory Second { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _ = First.Services;
        Second = new SecondInstance(First.Folder);
        _ = Second.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class SecondInstance(string folder) : AppFactory(folder, ownsFolder: false);
}
