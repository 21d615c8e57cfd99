using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Frameworks;

/// <summary>The EDS kinds (EDS 2022 and EDS2): grades with their colours, and domains (or goals) → outcomes.</summary>
internal static class EdsContent
{
    public static void Read(JsonNode root, Framework framework)
    {
        var scores = new HashSet<int>();
        foreach (var grade in root.Array("grades"))
        {
            var score = grade.Int("score", 0, 3);
            if (!scores.Add(score)) throw grade.Error($"the score {score} has more than one grade", $"{grade.Path}.score");
            var colour = grade.String("colour", 16);
            if (!FrameworkFile.Colour().IsMatch(colour)) throw grade.Error($"'{colour}' is not a colour like #d5281b", $"{grade.Path}.colour");
            framework.Grades.Add(new EdsGrade(score, grade.String("name", Framework.TitleMaxLength), colour, grade.String("description", Statement.GuidanceMaxLength),
                grade.Bool("wordingToBeConfirmed")));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in root.Array("domains"))
        {
            var code = domain.String("code", Statement.CodeMaxLength);
            FrameworkFile.Unique(codes, code, domain);
            var outcomes = domain.Array("outcomes").Select((o, i) =>
            {
                var outcomeCode = o.String("code", Statement.CodeMaxLength);
                FrameworkFile.Unique(codes, outcomeCode, o);
                return new EdsOutcome(outcomeCode, i + 1, o.String("text", Statement.TextMaxLength), o.String("guidance", Statement.GuidanceMaxLength, required: false),
                    FrameworkFile.Source(o), o.Bool("wordingToBeConfirmed"));
            }).ToList();
            var perService = domain.Bool("gradedPerService");
            framework.Domains.Add(new EdsDomain(code, domain.Int("number", 1, 99), domain.String("title", Framework.TitleMaxLength), perService,
                perService ? domain.Int("maxServices", 1, 10) : null, FrameworkFile.Source(domain), domain.Bool("wordingToBeConfirmed"), outcomes));
        }
    }
}
