using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace IncLead.Web.Infrastructure;

/// <summary>
/// Text with a control character (a NUL, a backspace, an escape…) in any field of any form gets the form back with a
/// message beside that field, never a bare 400. Two parts, both registered once in Program.cs:
/// <list type="bullet">
/// <item><see cref="UseControlCharacterGuard"/>: ASP.NET Core's form reader refuses a whole form that holds a NUL
/// ("The form value contains invalid characters"), so antiforgery could not read its token and the request — and the
/// error page run for it — answered an empty 400. The guard turns each NUL in a form post into SUB (U+001A, the
/// control character meant to stand in for one that cannot be used), same length, so the form reads and the field can
/// be named.</item>
/// <item><see cref="ValidatorProvider"/>: every text value model binding fills is checked for control characters
/// other than tab and line breaks, so the field gets its message and the form is shown again with 422.</item>
/// </list>
/// </summary>
public static class ControlCharacters
{
    public const string Message = "Remove the hidden characters from this text (they can come in when text is pasted)";

    // Forms here are small; a larger urlencoded body is left to the framework's own limits untouched.
    private const int MaxGuardedBody = 1024 * 1024;

    public static bool Contains(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    public static IApplicationBuilder UseControlCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is null or <= MaxGuardedBody)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            var bytes = buffer.ToArray();
            if (bytes.Length <= MaxGuardedBody)
            {
                ReplaceNul(bytes);
                request.Body = new MemoryStream(bytes, writable: false);
                request.ContentLength = bytes.Length;
            }
            else
            {
                request.Body = new MemoryStream(bytes, writable: false);
            }
        }
        await next();
    });

    /// <summary>"%00" and a raw zero byte become "%1A" and 0x1A in place.</summary>
    public static void ReplaceNul(byte[] body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0) body[i] = 0x1A;
            else if (body[i] == (byte)'%' && i + 2 < body.Length && body[i + 1] == (byte)'0' && body[i + 2] == (byte)'0')
            {
                body[i + 1] = (byte)'1';
                body[i + 2] = (byte)'A';
            }
        }
    }

    /// <summary>Adds the check to every text property and parameter that model binding fills.</summary>
    public sealed class ValidatorProvider : IModelValidatorProvider
    {
        private static readonly Validator Instance = new();

        public void CreateValidators(ModelValidatorProviderContext context)
        {
            if (context.ModelMetadata.ModelType == typeof(string)) context.Results.Add(new ValidatorItem { Validator = Instance, IsReusable = true });
        }
    }

    private sealed class Validator : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            Contains(context.Model as string) ? [new ModelValidationResult("", Message)] : [];
    }
}
