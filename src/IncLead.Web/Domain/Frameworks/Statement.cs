namespace IncLead.Web.Domain.Frameworks;

/// <summary>Something a board member rates on the four-level scale. Its code is stable across framework versions.</summary>
public sealed class Statement
{
    public const int CodeMaxLength = 32;
    public const int TextMaxLength = 400;
    public const int GuidanceMaxLength = 2000;
    public const int CoversMaxLength = 1000;

    public int Id { get; private set; }
    public int FactorId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public string Guidance { get; private set; } = "";
    public string SuggestedAction { get; private set; } = "";
    public string WhatGoodLooksLike { get; private set; } = "";
    public SourceReference Source { get; private set; } = new("", "");

    /// <summary>The coverage keys this statement restates, space-separated (e.g. <c>s1.table1.culture-of-debate</c>).</summary>
    public string Covers { get; private set; } = "";
    public bool WordingToBeConfirmed { get; private set; }

    /// <summary>The organisation types the statement is for, as <see cref="Applicability"/> bits; 0 means every organisation.</summary>
    public int AppliesTo { get; private set; }

    private Statement() { }

    public Statement(string code, int order, string text, string guidance, string suggestedAction, string whatGoodLooksLike,
        SourceReference source, IEnumerable<string> covers, bool wordingToBeConfirmed, int appliesTo = Applicability.Everyone)
    {
        Code = code;
        Order = order;
        Text = text;
        Guidance = guidance;
        SuggestedAction = suggestedAction;
        WhatGoodLooksLike = whatGoodLooksLike;
        Source = source;
        Covers = string.Join(' ', covers);
        WordingToBeConfirmed = wordingToBeConfirmed;
        AppliesTo = appliesTo;
    }
}
