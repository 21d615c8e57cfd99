using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Infrastructure.DateInput;

/// <summary>
/// Marks a text property that the NHS.UK date input fills: its day, month and year fields are read by
/// <see cref="DateInputBinder"/>, which hands the property "yyyy-MM-dd" or, for a date that cannot be, null and the NHS.UK
/// error message. The subject starts those messages: "The due date must be a real date".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateInputAttribute : ModelBinderAttribute
{
    public DateInputAttribute(string subject) : base(typeof(DateInputBinder)) => Subject = subject;

    public string Subject { get; }
}
