using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>Row labels on the left, column labels on top, one coloured cell per value with its value written in it.</summary>
internal static class HeatmapLayout
{
    public static void Add(Heatmap chart, Box box, ITextMeasure measure, List<Shape> shapes)
    {
        var size = ChartLayout.LabelSize;
        var rows = Math.Max(1, chart.RowLabels.Count);
        var columns = Math.Max(1, chart.ColumnLabels.Count);
        var labelWidth = Math.Min(box.Width * 0.35, chart.RowLabels.Select(r => measure.Width(r, size, false)).DefaultIfEmpty(0).Max() + 10);
        var headerHeight = size + 8;
        var cellWidth = (box.Width - labelWidth) / columns;
        var cellHeight = Math.Min(26, (box.Height - headerHeight - ChartLayout.LegendBand) / rows);
        var valueSize = Math.Max(ChartLayout.MinimumTextSize, Math.Min(size, cellHeight * 0.6));

        for (var c = 0; c < chart.ColumnLabels.Count; c++)
        {
            var label = ChartLayout.Fit(chart.ColumnLabels[c], cellWidth - 4, size, true, measure);
            shapes.Add(new TextShape(box.X + labelWidth + (c + 0.5) * cellWidth, box.Y + size, label, size, NhsColours.Text, TextAnchor.Middle, true));
        }
        for (var r = 0; r < chart.RowLabels.Count; r++)
        {
            var y = box.Y + headerHeight + r * cellHeight;
            var label = ChartLayout.Fit(chart.RowLabels[r], labelWidth - 10, size, false, measure);
            shapes.Add(new TextShape(box.X + labelWidth - 6, y + cellHeight / 2 + size / 3, label, size, NhsColours.Text, TextAnchor.End));
            for (var c = 0; c < chart.ColumnLabels.Count && chart.HasCell(r, c); c++)
            {
                var value = chart.ValueAt(r, c);
                var fill = value is { } v ? chart.Scale.ColourFor(v) : NhsColours.PaleGrey;
                var x = box.X + labelWidth + c * cellWidth;
                shapes.Add(new RectShape(x, y, cellWidth, cellHeight, fill, NhsColours.White, 1));
                shapes.Add(new TextShape(x + cellWidth / 2, y + cellHeight / 2 + valueSize / 3, chart.LabelAt(r, c), valueSize, NhsColours.TextOn(fill), TextAnchor.Middle));
            }
        }
        var legend = chart.Bands is { } bands
            ? bands.Select(b => (b.Label, b.Colour)).ToList()
            : chart.Scale.Stops.Select(s => (Chart.Format(s.Value), s.Colour)).ToList();
        var legendBox = box with { Y = box.Y + headerHeight + rows * cellHeight, Height = ChartLayout.LegendBand };
        ChartLayout.Legend(legend, legendBox, measure, shapes);
    }
}
