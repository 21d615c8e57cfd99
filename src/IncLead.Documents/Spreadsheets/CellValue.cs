using System.Globalization;

namespace IncLead.Documents.Spreadsheets;

/// <summary>A row value read for its column: a number for Excel, or text.</summary>
internal readonly record struct CellValue(double? Number, string? Text)
{
    public static CellValue Empty { get; } = new(null, null);

    public bool IsEmpty => Number is null && Text is null;

    /// <summary>Reads <paramref name="value"/> as <paramref name="type"/>: numbers and dates only where they suit the column.</summary>
    public static CellValue Read(object? value, ColumnType type) => (value, type) switch
    {
        (null, _) => Empty,
        (DateOnly d, ColumnType.Date) => Serial(d.ToDateTime(TimeOnly.MinValue)),
        (DateTime d, ColumnType.Date) => Serial(d),
        // Excel has no time zones: the clock time where the value was recorded is what a reader expects to see.
        (DateTimeOffset d, ColumnType.Date) => Serial(d.DateTime),
        (_, ColumnType.Integer or ColumnType.Decimal or ColumnType.Percent) when ToNumber(value) is { } n => new CellValue(n, null),
        _ => new CellValue(null, Format(value)),
    };

    static CellValue Serial(DateTime date) =>
        // Excel's serial dates start in 1900 (with its leap-year bug, which ToOADate matches from March 1900 on).
        date.Year < 1900 ? new CellValue(null, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : new CellValue(date.ToOADate(), null);

    static double? ToNumber(object value) => value switch
    {
        byte or sbyte or short or ushort or int or uint or long or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        decimal m => (double)m,
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        _ => null,
    };

    static string Format(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
