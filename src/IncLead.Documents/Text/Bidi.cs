using System.Globalization;

namespace IncLead.Documents.Text;

/// <summary>
/// Enough of the Unicode bidirectional algorithm (UAX #9) to show Hebrew and other right-to-left text in visual
/// order: the paragraph's direction from its first strong character (P2–P3), weak and neutral types resolved from
/// their neighbours (W7, N1–N2), implicit levels (I1–I2), and runs reversed from the highest level down (L2), with
/// brackets mirrored (L4) and combining marks kept on their base letter. Not handled: explicit embeddings and
/// isolates (U+202A–U+2069 are dropped as invisible before this), Arabic-Indic digits as a separate class, and
/// Arabic shaping (joined letter forms), which PDFsharp cannot do: Arabic comes out in the right order but unjoined.
/// </summary>
internal static class Bidi
{
    enum Kind
    {
        Left,
        Right,
        Number,
        Neutral,
    }

    /// <summary>Whether the text holds any right-to-left letter; nearly all text does not and skips the rest.</summary>
    public static bool HasRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeft(c))
                return true;
        }
        return false;
    }

    /// <summary>The direction of the first strong (letter) character: true for right to left; null if there is none.</summary>
    public static bool? FirstStrongIsRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Right: return true;
                case Kind.Left: return false;
            }
        }
        return null;
    }

    /// <summary>
    /// The visual order of a line's characters, left to right, as indices into <paramref name="line"/>, and whether
    /// each is shown mirrored; null when the order is simply logical (no right-to-left text, left-to-right paragraph).
    /// </summary>
    public static (int Index, bool Mirror)[]? VisualOrder(string line, bool rightToLeft)
    {
        if (!rightToLeft && !HasRightToLeft(line))
            return null;
        // Work on clusters (a letter and its combining marks, or a surrogate pair) so reversing never puts a mark
        // before its letter or splits a pair.
        var clusters = Clusters(line);
        var levels = Levels(line, clusters, rightToLeft);
        var order = Enumerable.Range(0, clusters.Count).ToArray();
        var highest = levels.Max();
        for (var level = highest; level >= 1; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }
                var end = i;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level)
                    end++;
                Array.Reverse(order, i, end - i + 1);
                i = end + 1;
            }
        }
        var visual = new List<(int, bool)>(line.Length);
        foreach (var cluster in order)
        {
            var (start, length) = clusters[cluster];
            var mirror = levels[cluster] % 2 == 1;
            for (var i = start; i < start + length; i++)
                visual.Add((i, mirror));
        }
        return [.. visual];
    }

    /// <summary>A single line of text in visual order (its direction from its first letter); usually the text itself.</summary>
    public static string Visual(string text)
    {
        if (!HasRightToLeft(text))
            return text;
        var order = VisualOrder(text, FirstStrongIsRightToLeft(text) == true)!;
        return string.Create(order.Length, (text, order), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = state.order[i].Mirror ? Mirrored(state.text[state.order[i].Index]) : state.text[state.order[i].Index];
        });
    }

    public static char Mirrored(char c) => c switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<',
        '«' => '»', '»' => '«', '‹' => '›', '›' => '‹',
        _ => c,
    };

    static int[] Levels(string line, List<(int Start, int Length)> clusters, bool rightToLeft)
    {
        var baseKind = rightToLeft ? Kind.Right : Kind.Left;
        var kinds = clusters.Select(c => KindOf(line[c.Start])).ToArray();
        // W7: a number after left-to-right text (or at the start of a left-to-right paragraph) is left to right.
        var previousStrong = baseKind;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right)
                previousStrong = kinds[i];
            else if (kinds[i] == Kind.Number && previousStrong == Kind.Left)
                kinds[i] = Kind.Left;
        }
        PairedBrackets(line, clusters, kinds, baseKind);
        // N1–N2: neutrals between two of the same direction take it (numbers count as right to left); others take the paragraph's.
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }
            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
                end++;
            var before = i == 0 ? baseKind : Strong(kinds[i - 1]);
            var after = end == kinds.Length ? baseKind : Strong(kinds[end]);
            Array.Fill(kinds, before == after ? before : baseKind, i, end - i);
            i = end;
        }
        // I1–I2: levels from the paragraph's level, 0 or 1.
        return [.. kinds.Select(kind => (rightToLeft, kind) switch
        {
            (false, Kind.Left) => 0,
            (false, Kind.Right) => 1,
            (true, Kind.Right) => 1,
            _ => 2,
        })];
    }

    static Kind Strong(Kind kind) => kind == Kind.Number ? Kind.Right : kind;

    /// <summary>
    /// N0: a pair of brackets takes one direction, so "(שנת 2027)" inside English keeps its brackets round the
    /// Hebrew: the paragraph's direction if the text inside has any, else the other direction if the inside has it
    /// and so does the text before the opening bracket.
    /// </summary>
    static void PairedBrackets(string line, List<(int Start, int Length)> clusters, Kind[] kinds, Kind baseKind)
    {
        var open = new Stack<(int Index, char Closer)>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var c = line[clusters[i].Start];
            if (c is '(' or '[' or '{')
                open.Push((i, Mirrored(c)));
            else if (c is ')' or ']' or '}' && open.Count > 0 && open.Any(o => o.Closer == c))
            {
                // BD16: a closer pairs with the nearest opener of its kind; openers in between are dropped.
                var (start, _) = open.Pop();
                while (line[clusters[start].Start] != Mirrored(c))
                    (start, _) = open.Pop();
                var inside = kinds.AsSpan(start + 1, i - start - 1);
                Kind? direction = null;
                if (inside.IndexOf(baseKind) >= 0 || (baseKind == Kind.Right && inside.IndexOf(Kind.Number) >= 0))
                    direction = baseKind;
                else if (inside.IndexOfAnyExcept(Kind.Neutral, baseKind) >= 0)
                {
                    var before = baseKind;
                    for (var b = start - 1; b >= 0; b--)
                    {
                        if (kinds[b] != Kind.Neutral)
                        {
                            before = Strong(kinds[b]);
                            break;
                        }
                    }
                    direction = before != baseKind ? before : baseKind;
                }
                if (direction is { } d)
                    kinds[start] = kinds[i] = d;
            }
        }
    }

    static List<(int Start, int Length)> Clusters(string line)
    {
        var clusters = new List<(int, int)>(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (clusters.Count > 0 && (IsMark(line[i]) || char.IsLowSurrogate(line[i])))
                clusters[^1] = (clusters[^1].Item1, clusters[^1].Item2 + 1);
            else
                clusters.Add((i, 1));
        }
        return clusters;
    }

    static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    static Kind KindOf(char c) =>
        IsRightToLeft(c) ? Kind.Right
        : char.IsAsciiDigit(c) ? Kind.Number
        : char.IsLetter(c) ? Kind.Left
        : Kind.Neutral;

    /// <summary>Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.</summary>
    static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
