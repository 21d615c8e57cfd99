using System.Net;

namespace IncLead.Tests.Support;

public static class Cookies
{
    /// <summary>What an attacker who copied a browser's cookies would hold: the same cookies in a jar of their own.</summary>
    public static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies()) copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        return copy;
    }
}
