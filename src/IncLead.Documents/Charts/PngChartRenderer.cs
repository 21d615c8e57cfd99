using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using IncLead.Documents.Fonts;
using IncLead.Documents.Text;
using SkiaSharp;

namespace IncLead.Documents.Charts;

/// <summary>
/// Renders a chart as a PNG picture for documents that cannot hold vectors we draw ourselves (the Word copy). The
/// scene comes from the same <see cref="ChartLayout"/> as the SVG and PDF charts, measured with the PDF's fonts, and
/// its text is drawn with those same embedded font files, so labels land where the PDF puts them.
/// </summary>
public static class PngChartRenderer
{
    /// <summary>Pixels per point: 2.5 gives 180 pixels per inch, sharp on paper and on a high-density screen.</summary>
    public const double DefaultScale = 2.5;

    static readonly Lazy<SKTypeface>[] _faces =
    [
        new(() => Load(FontFiles.PrimaryRegular)), new(() => Load(FontFiles.PrimaryBold)),
        new(() => Load(FontFiles.FallbackRegular)), new(() => Load(FontFiles.FallbackBold)),
    ];

    /// <param name="chart">The chart.</param>
    /// <param name="width">Width in points (the picture is <paramref name="scale"/> times as many pixels).</param>
    /// <param name="height">Height in points.</param>
    /// <param name="scale">Pixels per point.</param>
    public static byte[] Render(Chart chart, double width, double height, double scale = DefaultScale)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var fonts = new FontBook();
        return Render(ChartLayout.Layout(chart, width, height, fonts), fonts, scale);
    }

    internal static byte[] Render(ChartScene scene, FontBook fonts, double scale)
    {
        var info = new SKImageInfo((int)Math.Ceiling(scene.Width * scale), (int)Math.Ceiling(scene.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        foreach (var shape in scene.Shapes)
            Paint(canvas, fonts, shape);
        using var pixels = surface.PeekPixels();
        // One filter rather than trying all five per row: flat chart colours compress as well, in a fraction of the time.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6)) ?? throw new InvalidOperationException("The chart picture could not be encoded.");
        return png.ToArray();
    }

    static void Paint(SKCanvas canvas, FontBook fonts, Shape shape)
    {
        switch (shape)
        {
            case RectShape r:
            {
                var rect = SKRect.Create((float)r.X, (float)r.Y, (float)r.Width, (float)r.Height);
                if (r.Fill is { } fill)
                {
                    using var paint = Fill(fill);
                    canvas.DrawRect(rect, paint);
                }
                if (r.Stroke is { } stroke)
                {
                    using var paint = Stroke(stroke, r.StrokeWidth);
                    canvas.DrawRect(rect, paint);
                }
                break;
            }
            case LineShape l:
            {
                using var paint = Stroke(l.Stroke, l.StrokeWidth);
                canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, paint);
                break;
            }
            case PolygonShape p when p.Points.Count > 1:
            {
                using var builder = new SKPathBuilder();
                builder.MoveTo((float)p.Points[0].X, (float)p.Points[0].Y);
                foreach (var point in p.Points.Skip(1))
                    builder.LineTo((float)point.X, (float)point.Y);
                builder.Close();
                using var path = builder.Detach();
                if (p.Fill is { } area)
                {
                    using var paint = Fill(area, p.FillOpacity);
                    canvas.DrawPath(path, paint);
                }
                if (p.Stroke is { } line)
                {
                    using var paint = Stroke(line, p.StrokeWidth);
                    canvas.DrawPath(path, paint);
                }
                break;
            }
            case CircleShape c:
            {
                using var paint = Fill(c.Fill);
                canvas.DrawCircle((float)c.Cx, (float)c.Cy, (float)c.Radius, paint);
                break;
            }
            case TextShape t:
                Text(canvas, fonts, t);
                break;
        }
    }

    /// <summary>As the PDF draws a chart label: in visual order, split into runs each embedded font can draw, placed by the PDF's widths.</summary>
    static void Text(SKCanvas canvas, FontBook fonts, TextShape t)
    {
        var style = new TextStyle(t.Size, t.Bold);
        var pieces = FontBook.Segment(Bidi.Visual(t.Text));
        var widths = pieces.Select(p => fonts.Width(p.Text, p.Face, style)).ToList();
        var total = widths.Sum();
        var x = t.X - t.Anchor switch { TextAnchor.End => total, TextAnchor.Middle => total / 2, _ => 0 };
        using var paint = Fill(t.Colour);
        for (var i = 0; i < pieces.Count; i++)
        {
            using var font = new SKFont(Face(pieces[i].Face, t.Bold), (float)t.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            canvas.DrawText(pieces[i].Text, (float)x, (float)t.Y, SKTextAlign.Left, font, paint);
            x += widths[i];
        }
    }

    static SKTypeface Face(FontFace face, bool bold) => _faces[(face == FontFace.Fallback ? 2 : 0) + (bold ? 1 : 0)].Value;

    static SKTypeface Load(string name)
    {
        var bytes = FontFiles.Read(name) ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }

    static SKPaint Fill(Rgb colour, double opacity = 1) =>
        new() { Color = new SKColor(colour.R, colour.G, colour.B, (byte)Math.Round(255 * Math.Clamp(opacity, 0, 1))), Style = SKPaintStyle.Fill, IsAntialias = true };

    static SKPaint Stroke(Rgb colour, double width) =>
        new() { Color = new SKColor(colour.R, colour.G, colour.B), Style = SKPaintStyle.Stroke, StrokeWidth = (float)width, IsAntialias = true };
}
