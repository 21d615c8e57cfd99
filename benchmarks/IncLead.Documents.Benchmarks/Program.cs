using BenchmarkDotNet.Running;
using IncLead.Documents.Benchmarks;

// "cold" prints the first-render time in this fresh process; anything else goes to BenchmarkDotNet.
if (args is ["cold"])
    ColdStart.Run();
else
    BenchmarkSwitcher.FromAssembly(typeof(BoardPackBenchmarks).Assembly).Run(args);
