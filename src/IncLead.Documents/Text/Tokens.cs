using System.Text;
using IncLead.Documents.Model;

namespace IncLead.Documents.Text;

internal enum TokenKind
{
    Word,
    Space,
    Newline,
}

/// <summary>A styled part of a word; a word can change style mid-way ("<b>NHS</b>England's").</summary>
internal sealed record WordPart(string Text, bool Bold, bool Italic);

internal sealed record Token(TokenKind Kind, IReadOnlyList<WordPart> Parts, bool Bold = false, bool Italic = false);

/// <summary>Splits styled runs into words, spaces and forced line breaks.</summary>
internal static class Tokens
{
    public static IEnumerable<Token> Read(IReadOnlyList<TextRun> runs)
    {
        var parts = new List<WordPart>();
        var current = new StringBuilder();

        foreach (var run in runs)
        {
            var text = run.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            foreach (var c in text)
            {
                if (c is '\n' or ' ' or '\t')
                {
                    if (current.Length > 0)
                        parts.Add(new WordPart(current.ToString(), run.Bold, run.Italic));
                    current.Clear();
                    if (parts.Count > 0)
                        yield return new Token(TokenKind.Word, [.. parts]);
                    parts.Clear();
                    yield return c == '\n'
                        ? new Token(TokenKind.Newline, [])
                        : new Token(TokenKind.Space, [], run.Bold, run.Italic);
                }
                else
                    current.Append(c);
            }
            if (current.Length > 0)
                parts.Add(new WordPart(current.ToString(), run.Bold, run.Italic));
            current.Clear();
        }
        if (parts.Count > 0)
            yield return new Token(TokenKind.Word, [.. parts]);
    }
}
