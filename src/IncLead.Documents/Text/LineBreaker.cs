using System.Globalization;
using IncLead.Documents.Model;

namespace IncLead.Documents.Text;

/// <summary>
/// Greedy line breaking of styled runs with real font metrics: breaks at spaces, honours '\n',
/// and splits a word wider than the line between characters (never inside a surrogate pair or grapheme).
/// </summary>
internal sealed class LineBreaker(FontBook fonts)
{
    sealed record Piece(string Text, FontFace Face, TextStyle Style, double Width);

    public IReadOnlyList<TextLine> Break(string text, TextStyle style, double maxWidth) =>
        Break([new TextRun(text, style.Bold, style.Italic)], style, maxWidth);

    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, TextStyle style, double maxWidth)
    {
        var lines = new List<TextLine>();
        var line = new List<Piece>();
        var lineWidth = 0.0;
        Piece? pendingSpace = null;

        void Finish()
        {
            lines.Add(Merge(line));
            line.Clear();
            lineWidth = 0;
            pendingSpace = null;
        }

        foreach (var token in Tokens.Read(runs))
        {
            switch (token.Kind)
            {
                case TokenKind.Newline:
                    Finish();
                    break;
                case TokenKind.Space when line.Count > 0:
                    pendingSpace = Measure(" ", style.With(token.Bold, token.Italic)).Single();
                    break;
                case TokenKind.Word:
                    var word = token.Parts.SelectMany(p => Measure(p.Text, style.With(p.Bold, p.Italic))).ToList();
                    var wordWidth = word.Sum(p => p.Width);
                    var spaceWidth = pendingSpace?.Width ?? 0;
                    if (line.Count > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth)
                    {
                        line.Add(pendingSpace!);
                        line.AddRange(word);
                        lineWidth += spaceWidth + wordWidth;
                        pendingSpace = null;
                        break;
                    }
                    if (line.Count > 0)
                        Finish();
                    foreach (var chunk in wordWidth <= maxWidth ? [word] : SplitWord(word, maxWidth))
                    {
                        if (line.Count > 0)
                            Finish();
                        line.AddRange(chunk);
                        lineWidth = chunk.Sum(p => p.Width);
                    }
                    pendingSpace = null;
                    break;
            }
        }
        if (line.Count > 0 || lines.Count == 0)
            Finish();
        return lines;
    }

    IEnumerable<Piece> Measure(string text, TextStyle style) =>
        FontBook.Segment(text).Select(s => new Piece(s.Text, s.Face, style, fonts.Width(s.Text, s.Face, style)));

    IEnumerable<List<Piece>> SplitWord(List<Piece> word, double maxWidth)
    {
        var chunk = new List<Piece>();
        var width = 0.0;
        foreach (var piece in word)
        {
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementWidth = fonts.Width(element, piece.Face, piece.Style);
                if (chunk.Count > 0 && width + elementWidth > maxWidth)
                {
                    yield return chunk;
                    (chunk, width) = ([], 0);
                }
                chunk.Add(new Piece(element, piece.Face, piece.Style, elementWidth));
                width += elementWidth;
            }
        }
        if (chunk.Count > 0)
            yield return chunk;
    }

    /// <summary>Joins neighbouring pieces drawn with the same font so each fragment is one DrawString.</summary>
    static TextLine Merge(List<Piece> pieces)
    {
        var fragments = new List<TextFragment>();
        var x = 0.0;
        foreach (var piece in pieces)
        {
            if (fragments.Count > 0 && fragments[^1] is var last && last.Face == piece.Face && last.Style == piece.Style)
                fragments[^1] = last with { Text = last.Text + piece.Text, Width = last.Width + piece.Width };
            else
                fragments.Add(new TextFragment(piece.Text, piece.Face, piece.Style, x, piece.Width));
            x += piece.Width;
        }
        return fragments.Count == 0 ? TextLine.Empty : new TextLine(fragments, x);
    }
}
