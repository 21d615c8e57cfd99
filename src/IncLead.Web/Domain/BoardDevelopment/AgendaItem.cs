namespace IncLead.Web.Domain.BoardDevelopment;

/// <summary>One item of a session agenda: how long it takes, what it is, and who leads it.</summary>
public sealed class AgendaItem
{
    public const int TextMaxLength = 500;
    public const int LedByMaxLength = 200;
    public const int MaxMinutes = 480;

    public int Minutes { get; set; }
    public string Text { get; set; } = "";
    public string? LedBy { get; set; }

    public AgendaItem() { }

    public AgendaItem(int minutes, string text, string? ledBy)
    {
        if (minutes is < 1 or > MaxMinutes) throw new ArgumentOutOfRangeException(nameof(minutes), $"An agenda item lasts from 1 to {MaxMinutes} minutes.");
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("An agenda item needs a description.", nameof(text));
        Minutes = minutes;
        Text = text.Trim();
        LedBy = string.IsNullOrWhiteSpace(ledBy) ? null : ledBy.Trim();
    }
}
