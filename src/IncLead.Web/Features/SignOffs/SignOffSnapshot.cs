using System.Text.Json;
using System.Text.Json.Serialization;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Actions;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.SignOffs;

/// <summary>
/// What a sign-off freezes: the results, the agreed positions, the pack's cover sheet and the action plan (with owners
/// and RAG as judged on the day) exactly as the board saw them. Snapshots made before the cover sheet and the action
/// plan were frozen have neither (<see cref="Cover"/> and <see cref="Actions"/> are null).
/// </summary>
public sealed record SignOffSnapshot(int Version, DateTime MeetingDate, string MinuteReference, CycleResults Results, IReadOnlyList<PositionSnapshot> AgreedPositions,
    CoverSheetContent? Cover = null, IReadOnlyList<ActionRow>? Actions = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SignOffSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<SignOffSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty snapshot.");
}

public sealed record PositionSnapshot(string StatementCode, string StatementText, Rating Rating, string Rationale, string? Dissent, string UpdatedBy, DateTime UpdatedAt);
