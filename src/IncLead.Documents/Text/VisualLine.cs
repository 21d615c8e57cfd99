namespace IncLead.Documents.Text;

/// <summary>
/// Puts a line broken in reading (logical) order into drawing (visual) order, so right-to-left text reads
/// correctly, and regroups its characters into same-font fragments. The logical text is kept for the PDF's
/// ActualText, which is what a screen reader and copy-and-paste get.
/// </summary>
internal static class VisualLine
{
    public static TextLine Reorder(TextLine line, bool rightToLeft, FontBook fonts)
    {
        var logical = line.PlainText;
        if (Bidi.VisualOrder(logical, rightToLeft) is not { } order)
            return line;
        var owner = new int[logical.Length];
        for (int f = 0, at = 0; f < line.Fragments.Count; f++)
        {
            Array.Fill(owner, f, at, line.Fragments[f].Text.Length);
            at += line.Fragments[f].Text.Length;
        }
        var fragments = new List<TextFragment>();
        var text = new System.Text.StringBuilder(logical.Length);
        var x = 0.0;
        for (var i = 0; i < order.Length;)
        {
            var source = line.Fragments[owner[order[i].Index]];
            text.Clear();
            while (i < order.Length && line.Fragments[owner[order[i].Index]] is var next && next.Face == source.Face && next.Style == source.Style)
            {
                var c = logical[order[i].Index];
                text.Append(order[i].Mirror ? Bidi.Mirrored(c) : c);
                i++;
            }
            var piece = text.ToString();
            var width = fonts.Width(piece, source.Face, source.Style);
            fragments.Add(new TextFragment(piece, source.Face, source.Style, x, width));
            x += width;
        }
        var changed = !string.Equals(string.Concat(fragments.Select(f => f.Text)), logical, StringComparison.Ordinal);
        return new TextLine(fragments, x) { LogicalText = changed ? logical : null, RightToLeft = rightToLeft };
    }
}
