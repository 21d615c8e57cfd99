using System.Buffers.Binary;

namespace IncLead.Documents.Fonts;

/// <summary>
/// The code points a TrueType font maps to a glyph, read from its cmap table.
/// PDFsharp draws a blank box for a missing glyph without telling us, so fallback decides from this instead.
/// </summary>
internal sealed class GlyphCoverage
{
    readonly HashSet<int> _codePoints;

    // Asked once per character laid out, so the Basic Multilingual Plane is a bit set rather than a hash lookup.
    readonly ulong[] _bmp = new ulong[0x10000 / 64];

    GlyphCoverage(HashSet<int> codePoints)
    {
        _codePoints = codePoints;
        foreach (var c in codePoints)
        {
            if (c < 0x10000)
                _bmp[c >> 6] |= 1UL << (c & 63);
        }
    }

    public bool Has(int codePoint) =>
        (uint)codePoint < 0x10000 ? (_bmp[codePoint >> 6] & (1UL << (codePoint & 63))) != 0 : _codePoints.Contains(codePoint);

    public bool Has(char c) => (_bmp[c >> 6] & (1UL << (c & 63))) != 0;

    public int Count => _codePoints.Count;

    public static GlyphCoverage Read(ReadOnlySpan<byte> font)
    {
        var codePoints = new HashSet<int>();
        var cmap = FindTable(font, "cmap");
        if (cmap < 0)
            return new GlyphCoverage(codePoints);
        var tables = U16(font, cmap + 2);
        for (var i = 0; i < tables; i++)
        {
            var record = cmap + 4 + i * 8;
            var (platform, encoding) = (U16(font, record), U16(font, record + 2));
            var subtable = cmap + (int)U32(font, record + 4);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode)
                continue;
            switch (U16(font, subtable))
            {
                case 4: ReadFormat4(font, subtable, codePoints); break;
                case 12: ReadFormat12(font, subtable, codePoints); break;
            }
        }
        return new GlyphCoverage(codePoints);
    }

    static void ReadFormat4(ReadOnlySpan<byte> font, int at, HashSet<int> into)
    {
        var segments = U16(font, at + 6) / 2;
        var ends = at + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var offsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(font, ends + s * 2), start = U16(font, starts + s * 2);
            var delta = (short)U16(font, deltas + s * 2);
            int rangeOffset = U16(font, offsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                    glyph = (c + delta) & 0xFFFF;
                else
                {
                    var glyphAt = offsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = U16(font, glyphAt);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0)
                    into.Add(c);
            }
        }
    }

    static void ReadFormat12(ReadOnlySpan<byte> font, int at, HashSet<int> into)
    {
        var groups = U32(font, at + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + g * 12;
            var (start, end) = ((int)U32(font, group), (int)U32(font, group + 4));
            for (var c = start; c <= end; c++)
                into.Add(c);
        }
    }

    static int FindTable(ReadOnlySpan<byte> font, string tag)
    {
        var count = U16(font, 4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
                return (int)U32(font, record + 8);
        }
        return -1;
    }

    static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
