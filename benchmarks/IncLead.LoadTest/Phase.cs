using System.Diagnostics;

namespace IncLead.LoadTest;

/// <summary>N workers sending requests back to back: a warm-up that is thrown away, then a measured, bounded run.</summary>
internal static class Phase
{
    public sealed record Result(string Name, int Requests, int Errors, double Seconds, double P50, double P99)
    {
        public double PerSecond => Requests / Seconds;

        public override string ToString() =>
            $"{Name}: {PerSecond:0} req/s, p50 {P50:0.0} ms, p99 {P99:0.0} ms, {Requests} requests, {Errors} errors";
    }

    // request: sends one request for worker i; true when the answer was what was expected.
    public static async Task<Result> RunAsync(string name, int workers, TimeSpan warmUp, TimeSpan duration, Func<int, Task<bool>> request)
    {
        await RunForAsync(workers, warmUp, request);
        var (latencies, errors, seconds) = await RunForAsync(workers, duration, request);
        latencies.Sort();
        return new Result(name, latencies.Count, errors, seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>
    /// Two phases measured in alternating slices (A, B, A, B, ...) after each has warmed up, so that a change in the
    /// machine's load during the run falls on both alike: the ratio of B to A is what is reported. Also gives the
    /// ratio of each round on its own (B / A req/s), to show how much it moved.
    /// </summary>
    public static async Task<(Result A, Result B, string[] Rounds)> AlternateAsync(int workers, TimeSpan warmUp, TimeSpan duration, int rounds,
        string nameA, Func<int, Task<bool>> a, string nameB, Func<int, Task<bool>> b)
    {
        await RunForAsync(workers, warmUp, a);
        await RunForAsync(workers, warmUp, b);
        var slice = duration / rounds;
        var slicesA = new List<(List<double> Latencies, int Errors, double Seconds)>();
        var slicesB = new List<(List<double> Latencies, int Errors, double Seconds)>();
        for (var round = 0; round < rounds; round++)
        {
            slicesA.Add(await RunForAsync(workers, slice, a));
            slicesB.Add(await RunForAsync(workers, slice, b));
        }
        var byRound = slicesA.Zip(slicesB, (x, y) => (A: x.Latencies.Count / x.Seconds, B: y.Latencies.Count / y.Seconds))
            .Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.B / r.A:0.00} ({r.B:0} / {r.A:0})")).ToArray();
        return (Merge(nameA, slicesA), Merge(nameB, slicesB), byRound);
    }

    private static Result Merge(string name, List<(List<double> Latencies, int Errors, double Seconds)> slices)
    {
        var latencies = slices.SelectMany(s => s.Latencies).ToList();
        latencies.Sort();
        return new Result(name, latencies.Count, slices.Sum(s => s.Errors), slices.Sum(s => s.Seconds), Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static async Task<(List<double> Latencies, int Errors, double Seconds)> RunForAsync(int workers, TimeSpan duration, Func<int, Task<bool>> request)
    {
        var clock = Stopwatch.StartNew();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(async i =>
        {
            var latencies = new List<double>();
            var errors = 0;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                bool ok;
                try { ok = await request(i); }
                catch (HttpRequestException) { ok = false; }
                catch (TaskCanceledException) { ok = false; }
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                if (!ok) errors++;
            }
            return (latencies, errors);
        }));
        return ([.. perWorker.SelectMany(w => w.latencies)], perWorker.Sum(w => w.errors), clock.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
