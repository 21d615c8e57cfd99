using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace IncLead.Web.Infrastructure.DateInput;

/// <summary>
/// Binds a <see cref="DateInputAttribute"/> property from its day, month and year fields (<c>Form.DueOn.Day</c>…) to
/// "yyyy-MM-dd" (or a DateOnly? property). A date that cannot be gets the NHS.UK message on the field, the wrong parts marked (entries
/// <c>Form.DueOn.Day</c>… with an empty error, which the summary and fields skip) and a null value, so the form's own
/// checks and [Required] do not add a second message. A single yyyy-MM-dd value is still read, for clients that post one.
/// </summary>
public sealed class DateInputBinder : IModelBinder
{
    public const string Day = "Day", Month = "Month", Year = "Year";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var name = context.ModelName;
        var subject = (context.ModelMetadata as DefaultModelMetadata)?.Attributes.PropertyAttributes?.OfType<DateInputAttribute>().FirstOrDefault()?.Subject ?? "The date";
        var parts = new[] { Day, Month, Year }.Select(p => (Key: $"{name}.{p}", Value: context.ValueProvider.GetValue($"{name}.{p}"))).ToList();

        if (parts.All(p => p.Value == ValueProviderResult.None))
        {
            var single = context.ValueProvider.GetValue(name);
            if (single == ValueProviderResult.None || string.IsNullOrWhiteSpace(single.FirstValue))
            {
                context.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }
            context.ModelState.SetModelValue(name, single);
            var parsed = Dates.Parse(single.FirstValue);
            if (parsed is null) context.ModelState.TryAddModelError(name, $"{subject} must be a real date");
            context.Result = ModelBindingResult.Success(Model(context, parsed is { } p ? DateOnly.FromDateTime(p) : null));
            return Task.CompletedTask;
        }

        foreach (var (key, value) in parts) context.ModelState.SetModelValue(key, value);
        var (date, error, wrong) = DateParts.Read(subject, parts[0].Value.FirstValue, parts[1].Value.FirstValue, parts[2].Value.FirstValue);
        if (error is not null) context.ModelState.TryAddModelError(name, error);
        // Each part is marked wrong or valid: an entry left unvalidated would make the whole form invalid with no message.
        foreach (var (part, (key, _)) in new[] { DatePart.Day, DatePart.Month, DatePart.Year }.Zip(parts))
        {
            if (wrong.HasFlag(part)) context.ModelState.TryAddModelError(key, "");
            else context.ModelState.MarkFieldValid(key);
        }
        context.Result = ModelBindingResult.Success(Model(context, date));
        return Task.CompletedTask;
    }

    // The property is text ("yyyy-MM-dd", which the forms' checks read with Dates.Parse) or a DateOnly?.
    private static object? Model(ModelBindingContext context, DateOnly? date) =>
        context.ModelType == typeof(string) ? date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;
}
