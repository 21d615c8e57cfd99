namespace IncLead.Web.Domain;

public enum BoardPosition
{
    None = 0,
    Chair = 1,
    ChiefExecutive = 2,
    ExecutiveDirector = 3,
    NonExecutiveDirector = 4,
    Governor = 5,
    Other = 6,
}
