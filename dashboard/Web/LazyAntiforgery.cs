using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace Analytics.Dashboard.Web;

/// <summary>
/// An antiforgery token only for the pages whose forms ask for one (upload, versions). With interactive rendering on,
/// the framework's own provider hands a token to interactive components on every page, which sets a cookie and
/// "no-store": no page could be kept by the output cache. Our interactive components post no form.
/// </summary>
public sealed class LazyAntiforgery(IHttpContextAccessor http, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    private AntiforgeryRequestToken? token;

    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        if (token is not null || http.HttpContext is not { } context || context.WebSockets.IsWebSocketRequest
            || context.Response.HasStarted)
            return token;
        var tokens = antiforgery.GetAndStoreTokens(context);
        return token = tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
