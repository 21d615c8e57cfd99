namespace IncLead.Web.Domain.Benchmarking;

/// <summary>The kind of organisation a benchmark compares like with like by; chosen by the trust admin when opting in.</summary>
public enum PeerGroup
{
    Acute = 1,
    MentalHealth = 2,
    Community = 3,
    Ambulance = 4,
    IntegratedCareBoard = 5,
    Other = 6,
}

public static class PeerGroups
{
    public static readonly IReadOnlyList<PeerGroup> All = [PeerGroup.Acute, PeerGroup.MentalHealth, PeerGroup.Community, PeerGroup.Ambulance, PeerGroup.IntegratedCareBoard, PeerGroup.Other];

    public static string Label(this PeerGroup group) => group switch
    {
        PeerGroup.Acute => "Acute trust",
        PeerGroup.MentalHealth => "Mental health trust",
        PeerGroup.Community => "Community trust",
        PeerGroup.Ambulance => "Ambulance trust",
        PeerGroup.IntegratedCareBoard => "Integrated care board",
        _ => "Other organisation",
    };

    /// <summary>"acute trusts", for "second quartile among 12 acute trusts".</summary>
    public static string Plural(this PeerGroup group) => group switch
    {
        PeerGroup.Acute => "acute trusts",
        PeerGroup.MentalHealth => "mental health trusts",
        PeerGroup.Community => "community trusts",
        PeerGroup.Ambulance => "ambulance trusts",
        PeerGroup.IntegratedCareBoard => "integrated care boards",
        _ => "other organisations",
    };
}
