using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.Razor;

namespace IncLead.Web.Infrastructure;

/// <summary>
/// The base of every view: writes the views' own markup without the indentation that keeps the .cshtml files readable.
/// Razor hands each piece of literal markup over as the same string constant on every request, so each is trimmed once
/// and remembered by reference. Only literal markup is touched, never what a view writes from data (comments, answers),
/// and no view has a &lt;pre&gt; or literal &lt;textarea&gt; content, where white space would matter.
/// </summary>
public abstract class CompactRazorPage<TModel> : RazorPage<TModel>
{
    private static readonly ConditionalWeakTable<string, string> Trimmed = [];

    public override void WriteLiteral(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        base.WriteLiteral(Trimmed.GetValue(value, Indentation.Remove));
    }
}

internal static class Indentation
{
    /// <summary>
    /// Each run of white space becomes one character: a line break if the run held one, else a space. Outside
    /// &lt;pre&gt; and &lt;textarea&gt; HTML reads any run as one space, so the page looks and reads the same.
    /// </summary>
    public static string Remove(string markup)
    {
        var result = new System.Text.StringBuilder(markup.Length);
        var i = 0;
        while (i < markup.Length)
        {
            if (!IsSpace(markup[i]))
            {
                result.Append(markup[i++]);
                continue;
            }
            var lineBreak = false;
            for (; i < markup.Length && IsSpace(markup[i]); i++) lineBreak |= markup[i] is '\r' or '\n';
            result.Append(lineBreak ? '\n' : ' ');
        }
        return result.Length == markup.Length ? markup : result.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
