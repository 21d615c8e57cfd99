using BenchmarkDotNet.Running;
using IncLead.Documents.Benchmarks;

// "cold" prints the first-render time in this fresh process; "sections [rounds]" times each stage of a warm render;
// "cpu [documents]" compares CPU time per document with Chromium's; "chromium FOLDER" writes the Chromium yardstick's HTML and PDF; "word [rounds]" times the Word copy; "save FILE" writes the sample board pack (to compare output before and after a change); anything else goes to
// BenchmarkDotNet.
if (args is ["cold"])
    ColdStart.Run();
else if (args is ["save", var file])
    File.WriteAllBytes(file, IncLead.Documents.Pdf.PdfRenderer.Render(IncLead.Documents.Tests.Samples.SampleDocuments.BoardPack()));
else if (args is ["word", ..])
    IncLead.Documents.Benchmarks.WordTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
else if (args is ["cpu", ..])
    await CpuCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
else if (args is ["chromium", var folder])
{
    // The yardstick's HTML and PDF, to check by eye that Chromium prints the same content.
    var document = IncLead.Documents.Tests.Samples.SampleDocuments.BoardPack();
    var html = IncLead.Documents.Benchmarks.Chromium.BoardPackHtml.Build(document);
    File.WriteAllText(Path.Combine(folder, "board-pack.html"), html);
    await using var chromium = await IncLead.Documents.Benchmarks.Chromium.ChromiumPrinter.LaunchAsync();
    File.WriteAllBytes(Path.Combine(folder, "chromium.pdf"), await chromium.PrintAsync(html, document.Running));
}
else if (args is ["types", ..])
{
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
    var document = IncLead.Documents.Tests.Samples.SampleDocuments.BoardPack();
    IncLead.Documents.Pdf.PdfRenderer.Render(document);
    using var types = new AllocationTypes();
    for (var i = 0; i < rounds; i++)
        IncLead.Documents.Pdf.PdfRenderer.Render(document);
    types.Print(rounds);
}
else if (args is ["sections", ..])
    Sections.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 2 ? args[2] : null);
else
    BenchmarkSwitcher.FromAssembly(typeof(BoardPackBenchmarks).Assembly).Run(args);
