using System.Text.Json;
using System.Text.Json.Serialization;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.SignOffs;

/// <summary>What a sign-off freezes: the results and the agreed positions exactly as the board saw them.</summary>
public sealed record SignOffSnapshot(int Version, DateTime MeetingDate, string MinuteReference, CycleResults Results, IReadOnlyList<PositionSnapshot> AgreedPositions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SignOffSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<SignOffSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty snapshot.");
}

public sealed record PositionSnapshot(string StatementCode, string StatementText, Rating Rating, string Rationale, string? Dissent, string UpdatedBy, DateTime UpdatedAt);
