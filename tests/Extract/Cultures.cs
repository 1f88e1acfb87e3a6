using System.Globalization;

namespace Analytics.Tests.Extract;

/// <summary>Runs code under a stated culture and restores the previous one: parsers must not depend on it.</summary>
public static class Cultures
{
    public static readonly string[] All = ["vi-VN", "en-US", "de-DE"];

    public static T Under<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    public static void EachUnder(Action action)
    {
        foreach (var name in All) Under(name, () => { action(); return 0; });
    }
}
