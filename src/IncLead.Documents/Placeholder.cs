namespace IncLead.Documents;

internal static class Placeholder;
