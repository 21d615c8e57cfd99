using System.Globalization;
using System.Text;
using IncLead.Documents.Model;

namespace IncLead.Documents.Text;

/// <summary>
/// Greedy line breaking of styled runs with real font metrics: breaks at spaces, honours '\n',
/// and splits a word wider than the line between characters (never inside a surrogate pair or grapheme).
/// A table of a few thousand cells passes through here, so pieces are slices of the (cleaned) run text rather than
/// strings, and the working lists are reused: the only allocations are the lines and their fragments' text.
/// Not thread-safe; each layout has its own.
/// </summary>
internal sealed class LineBreaker(FontBook fonts)
{
    /// <summary>Characters [Start, Start + Length) of <paramref name="Source"/>, drawn in one font and style.</summary>
    readonly record struct Piece(string Source, int Start, int Length, FontFace Face, TextStyle Style, double Width);

    const string Space = " ";

    readonly List<Piece> _line = [];
    readonly List<Piece> _word = [];
    readonly StringBuilder _text = new();
    List<TextLine> _lines = [];
    double _lineWidth;
    Piece? _pendingSpace;
    double _maxWidth;
    bool _hasRightToLeft;
    bool _rightToLeft;

    public IReadOnlyList<TextLine> Break(string text, TextStyle style, double maxWidth) =>
        Break([new TextRun(text, style.Bold, style.Italic)], style, maxWidth);

    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, TextStyle style, double maxWidth)
    {
        _lines = [];
        _maxWidth = maxWidth;
        _line.Clear();
        _word.Clear();
        _lineWidth = 0;
        _pendingSpace = null;
        (_hasRightToLeft, _rightToLeft) = Direction(runs);
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var text = FontBook.Clean(run.Text, keepBreaks: true);
            var runStyle = style.With(run.Bold, run.Italic);
            for (var i = 0; i < text.Length;)
            {
                var c = text[i];
                if (c is ' ' or '\t' or '\n')
                {
                    // A word may continue across runs ("<b>NHS</b>England's"), so it ends only at a space or break.
                    EndWord();
                    if (c == '\n')
                        Finish();
                    else if (_line.Count > 0)
                    {
                        var source = c == ' ' ? text : Space;
                        _pendingSpace = new Piece(source, c == ' ' ? i : 0, 1, FontFace.Primary, runStyle, fonts.Width(Space, FontFace.Primary, runStyle));
                    }
                    i++;
                    continue;
                }
                var end = i + 1;
                while (end < text.Length && text[end] is not (' ' or '\t' or '\n'))
                    end++;
                AddWordPart(text, i, end, runStyle);
                i = end;
            }
        }
        EndWord();
        if (_line.Count > 0 || _lines.Count == 0)
            Finish();
        return _lines;
    }

    /// <summary>
    /// Whether the runs hold right-to-left text and, if so, whether the paragraph is right to left: the direction
    /// of its first letter (UAX #9, P2). Plain loops: this runs for every table cell.
    /// </summary>
    static (bool HasRightToLeft, bool RightToLeft) Direction(IReadOnlyList<TextRun> runs)
    {
        var hasRightToLeft = false;
        for (var r = 0; r < runs.Count && !hasRightToLeft; r++)
            hasRightToLeft = Bidi.HasRightToLeft(runs[r].Text);
        if (!hasRightToLeft)
            return (false, false);
        for (var r = 0; r < runs.Count; r++)
        {
            if (Bidi.FirstStrongIsRightToLeft(runs[r].Text) is { } rightToLeft)
                return (true, rightToLeft);
        }
        return (true, false);
    }

    void AddWordPart(string text, int start, int end, TextStyle style)
    {
        while (start < end)
        {
            var face = FontBook.FaceOf(text[start]);
            var stop = start + 1;
            while (stop < end && FontBook.FaceOf(text[stop]) == face)
                stop++;
            _word.Add(new Piece(text, start, stop - start, face, style, fonts.Width(text.AsSpan(start, stop - start), face, style)));
            start = stop;
        }
    }

    void EndWord()
    {
        if (_word.Count == 0)
            return;
        var wordWidth = 0.0;
        foreach (var piece in _word)
            wordWidth += piece.Width;
        var spaceWidth = _pendingSpace?.Width ?? 0;
        if (_line.Count > 0 && _lineWidth + spaceWidth + wordWidth <= _maxWidth)
        {
            if (_pendingSpace is { } space)
                _line.Add(space);
            _line.AddRange(_word);
            _lineWidth += spaceWidth + wordWidth;
        }
        else
        {
            if (_line.Count > 0)
                Finish();
            if (wordWidth <= _maxWidth)
            {
                _line.AddRange(_word);
                _lineWidth = wordWidth;
            }
            else
                SplitWord();
        }
        _pendingSpace = null;
        _word.Clear();
    }

    /// <summary>Puts a word wider than a line on as many lines as it needs, breaking between graphemes.</summary>
    void SplitWord()
    {
        foreach (var piece in _word)
        {
            var text = piece.Source.AsSpan(piece.Start, piece.Length);
            for (var at = 0; at < text.Length;)
            {
                var length = StringInfo.GetNextTextElementLength(text[at..]);
                var width = fonts.Width(text.Slice(at, length), piece.Face, piece.Style);
                if (_line.Count > 0 && _lineWidth + width > _maxWidth)
                    Finish();
                _line.Add(piece with { Start = piece.Start + at, Length = length, Width = width });
                _lineWidth += width;
                at += length;
            }
        }
    }

    /// <summary>Ends the current line, joining neighbouring pieces drawn with the same font into one fragment.</summary>
    void Finish()
    {
        var line = Merge();
        _lines.Add(_hasRightToLeft ? VisualLine.Reorder(line, _rightToLeft, fonts) : line);
        _line.Clear();
        _lineWidth = 0;
        _pendingSpace = null;
    }

    TextLine Merge()
    {
        if (_line.Count == 0)
            return TextLine.Empty;
        var fragments = new List<TextFragment>(1);
        var x = 0.0;
        for (var first = 0; first < _line.Count;)
        {
            var (face, style) = (_line[first].Face, _line[first].Style);
            var last = first;
            var width = _line[first].Width;
            while (last + 1 < _line.Count && _line[last + 1].Face == face && _line[last + 1].Style == style)
                width += _line[++last].Width;
            fragments.Add(new TextFragment(Text(first, last), face, style, x, width));
            for (var i = first; i <= last; i++)
                x += _line[i].Width;
            first = last + 1;
        }
        return new TextLine(fragments, x);
    }

    /// <summary>The text of pieces first..last: a slice of the source when they are contiguous in it (usually), else joined.</summary>
    string Text(int first, int last)
    {
        var source = _line[first].Source;
        var contiguous = true;
        for (var i = first + 1; i <= last && contiguous; i++)
            contiguous = ReferenceEquals(_line[i].Source, source) && _line[i].Start == _line[i - 1].Start + _line[i - 1].Length;
        if (contiguous)
        {
            var (start, end) = (_line[first].Start, _line[last].Start + _line[last].Length);
            return start == 0 && end == source.Length ? source : source[start..end];
        }
        _text.Clear();
        for (var i = first; i <= last; i++)
            _text.Append(_line[i].Source, _line[i].Start, _line[i].Length);
        return _text.ToString();
    }
}
