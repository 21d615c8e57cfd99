using IncLead.Web.Domain.Actions;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// What the action list shows, read from the query string. Values that do not parse are ignored rather than refused:
/// a filter link that has gone stale still shows a list.
/// </summary>
public sealed class ActionFilter
{
    public const string Mine = "mine";
    public const string Overdue = "overdue";
    public const string Open = "open";

    public string? Show { get; set; }
    public int? Stage { get; set; }
    public string? Outcome { get; set; }
    public string? Owner { get; set; }
    public string? Status { get; set; }
    public string? Rag { get; set; }
    public string? Sort { get; set; }

    public ActionStatus? StatusValue => Enum.TryParse<ActionStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
    public RagStatus? RagValue => Enum.TryParse<RagStatus>(Rag, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;

    public static readonly IReadOnlyList<(string Value, string Text)> Sorts =
    [
        ("due", "Due date, soonest first"), ("rag", "RAG, red first"), ("priority", "Priority, high first"),
        ("owner", "Owner"), ("updated", "Last updated, newest first"), ("title", "Title"),
    ];

    public IReadOnlyList<ActionRow> Apply(IEnumerable<ActionRow> rows, string viewerUserId, DateTime now)
    {
        var list = rows.Where(r => Show switch
        {
            Mine => r.OwnerUserId == viewerUserId || r.ExecutiveLeadUserId == viewerUserId,
            Overdue => RagRule.IsOverdue(r.Status, r.DueOn, now),
            Open => r.Status.IsOpen(),
            _ => true,
        });
        if (RagValue is { } rag) list = list.Where(r => r.Rag == rag);
        return [.. (Sort ?? "due") switch
        {
            "rag" => list.OrderBy(r => r.Rag).ThenBy(r => r.DueOn),
            "priority" => list.OrderByDescending(r => r.Priority).ThenBy(r => r.DueOn),
            "owner" => list.OrderBy(r => r.OwnerName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.DueOn),
            "updated" => list.OrderByDescending(r => r.UpdatedAt),
            "title" => list.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase),
            _ => list.OrderBy(r => r.DueOn).ThenByDescending(r => r.Priority),
        }];
    }

    /// <summary>The query string for this filter with one value changed, for links on the list page.</summary>
    public string With(string key, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["show"] = Show, ["stage"] = Stage?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["outcome"] = Outcome,
            ["owner"] = Owner, ["status"] = Status, ["rag"] = Rag, ["sort"] = Sort,
        };
        values[key] = value;
        var pairs = values.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}");
        return "?" + string.Join("&", pairs);
    }
}
