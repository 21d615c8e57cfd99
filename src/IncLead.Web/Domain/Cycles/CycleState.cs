namespace IncLead.Web.Domain.Cycles;

/// <summary>A cycle moves forward only: Draft → Open → Closed → Signed off.</summary>
public enum CycleState
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    SignedOff = 3,
}
