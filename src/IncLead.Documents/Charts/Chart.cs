using System.Globalization;

namespace IncLead.Documents.Charts;

/// <summary>
/// A chart shared by web pages (SVG) and PDFs (vectors). Every chart can describe itself in words and
/// give its data as a table, so no reader depends on seeing the picture.
/// </summary>
public abstract record Chart(string Title)
{
    /// <summary>A text alternative: what the chart shows and its main values.</summary>
    public abstract string Describe();

    /// <summary>The chart's data as a table: one header row and the body rows.</summary>
    public abstract ChartData ToDataTable();

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A chart's data as text: headers and rows of equal length.</summary>
public sealed record ChartData(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A named series of values, one per category or axis.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
