using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// Where a model-state key's field sits in the form: the position of each property along its path in the model's
/// metadata (declaration order), with list indexes in between. "Form.Rating" of a page model ranks by its Form
/// property, then by Rating within the form. Errors not tied to a field come first; unknown keys keep their order last.
/// </summary>
public static partial class FieldOrder
{
    public static IReadOnlyList<int> Rank(ModelMetadata? metadata, string key)
    {
        if (key.Length == 0) return [-1];
        var rank = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var match = Segment().Match(segment);
            var (property, position) = metadata is null ? default : metadata.Properties.Select((p, i) => (p, i))
                .FirstOrDefault(x => string.Equals(x.p.PropertyName, match.Groups["name"].Value, StringComparison.OrdinalIgnoreCase));
            if (property is null) return [.. rank, int.MaxValue];
            rank.Add(position);
            metadata = property;
            foreach (Capture index in match.Groups["index"].Captures)
            {
                rank.Add(int.TryParse(index.Value, out var n) ? n : int.MaxValue);
                metadata = metadata.ElementMetadata ?? metadata;
            }
        }
        return rank;
    }

    public static readonly IComparer<IReadOnlyList<int>> Comparer = Comparer<IReadOnlyList<int>>.Create((a, b) =>
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Count.CompareTo(b.Count);
    });

    [GeneratedRegex(@"^(?<name>[^\[]*)(\[(?<index>[^\]]*)\])*$")]
    private static partial Regex Segment();
}
