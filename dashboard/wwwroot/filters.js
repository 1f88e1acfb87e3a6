// Filters apply as they change: choosing in a filter list submits its GET form, so the new view is a URL as before.
// A new province or index leaves out the unit and year chosen for the old one (the page then opens on the new
// province's default unit and its latest year). Without script the "Xem" button submits the form as it stands.
// Loaded from our own origin only (CSP script-src 'self').
document.addEventListener('change', function (event) {
    var target = event.target;
    if (pickerTick(target)) return;
    if (!(target instanceof HTMLSelectElement)) return;
    var form = target.closest('form.filters');
    if (!form) return;
    var dependents = { province: ['unit', 'year'], index: ['unit', 'year'], unit: ['year'] }[target.name] || [];
    dependents.forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && field !== target && 'disabled' in field) field.disabled = true;
    });
    form.requestSubmit();
});

// A table's name filter (form.grid-filter, marked data-enhance) applies as one types: submitted 300 ms after the last
// key, and swapped in by enhanced navigation. Without script its "Lọc" button submits it.
var filterTimer;
document.addEventListener('input', function (event) {
    var target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'search') return;
    var form = target.closest('form.grid-filter');
    if (!form) return;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { form.requestSubmit(); }, 300);
});

// The compare picker (form.picker, marked data-enhance) applies a tick through its interactive component once that is
// running (data-live). Before then (the page has just loaded, or the connection is starting again) a tick submits the
// form as it stands, ticks made meanwhile included; otherwise the component, once running, would draw the boxes as
// the URL has them and undo the tick.
function pickerTick(target) {
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return false;
    var form = target.closest('form.picker');
    if (!form) return false;
    if (form.dataset.live !== 'true') form.requestSubmit();
    return true;
}
