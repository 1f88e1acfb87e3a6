// Charts that highlight the row under the pointer. In a block marked data-highlight, each row of the table
// (tr[data-row], the row's label as the chart writes it) and the same row of the chart (its label on the chart's left
// axis, maybe wrapped over several lines) light up together: pointing at a table row bands its row in the chart, and
// pointing into the chart lights the table row whose band it is in. Keyboard focus inside a row does the same.
// Loaded from our own origin only (CSP script-src 'self'); without script the tables and charts read as before.
(function () {
    function rows(block) { return Array.prototype.slice.call(block.querySelectorAll('tr[data-row]')); }
    function chart(block) { return block.querySelector('figure.chart svg'); }

    // The vertical centre (client pixels) of a row label: the longest text that starts it, with the lines under it
    // that end at the same right edge and continue it.
    function centre(texts, label) {
        var first = null;
        texts.forEach(function (t) {
            var s = t.text;
            if (s.length >= 2 && label.indexOf(s) === 0 && (!first || s.length > first.text.length)) first = t;
        });
        if (!first) return null;
        var top = first.box.top, bottom = first.box.bottom;
        texts.forEach(function (t) {
            if (t === first || label.indexOf(t.text) < 0 || Math.abs(t.box.right - first.box.right) > 2) return;
            if (t.box.top > first.box.top && t.box.top - bottom < first.box.height) bottom = Math.max(bottom, t.box.bottom);
        });
        return (top + bottom) / 2;
    }

    function layout(block) {
        var svg = chart(block);
        if (!svg) return null;
        var texts = Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {
            return { text: t.textContent.trim(), box: t.getBoundingClientRect() };
        });
        var lines = rows(block).map(function (tr) { return { tr: tr, y: centre(texts, tr.dataset.row) }; })
            .filter(function (r) { return r.y !== null; });
        var ys = lines.map(function (r) { return r.y; }).sort(function (a, b) { return a - b; });
        var half = Infinity;
        for (var i = 1; i < ys.length; i++) if (ys[i] - ys[i - 1] > 4) half = Math.min(half, (ys[i] - ys[i - 1]) / 2);
        if (!isFinite(half)) half = 12;
        return { svg: svg, lines: lines, half: half };
    }

    function clear(block) {
        block.querySelectorAll('tr.lit').forEach(function (tr) { tr.classList.remove('lit'); });
        block.querySelectorAll('rect.row-band').forEach(function (r) { r.remove(); });
    }

    function light(block, tr, at) {
        clear(block);
        var l = at || layout(block);
        var line = l && l.lines.filter(function (r) { return r.tr === tr; })[0];
        tr.classList.add('lit');
        if (!line) return;
        var box = l.svg.getBoundingClientRect(), view = l.svg.viewBox.baseVal, scale = view.height / box.height;
        var band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        band.setAttribute('class', 'row-band');
        band.setAttribute('x', '0');
        band.setAttribute('width', String(view.width));
        band.setAttribute('y', String((line.y - l.half - box.top) * scale));
        band.setAttribute('height', String(2 * l.half * scale));
        l.svg.appendChild(band);
    }

    function blockOf(node) { return node instanceof Element ? node.closest('[data-highlight]') : null; }

    document.addEventListener('mouseover', function (event) {
        var block = blockOf(event.target);
        if (!block) return;
        var tr = event.target.closest('tr[data-row]');
        if (tr && block.contains(tr)) light(block, tr);
    });
    document.addEventListener('focusin', function (event) {
        var block = blockOf(event.target);
        var tr = block && event.target.closest('tr[data-row]');
        if (tr) light(block, tr);
    });
    document.addEventListener('mousemove', function (event) {
        var block = blockOf(event.target);
        var svg = block && event.target.closest('figure.chart svg');
        if (!svg) return;
        var l = layout(block);
        var hit = l && l.lines.filter(function (r) { return Math.abs(r.y - event.clientY) <= l.half; })[0];
        if (hit) { if (!hit.tr.classList.contains('lit')) light(block, hit.tr, l); } else clear(block);
    });
    document.addEventListener('mouseout', function (event) {
        var block = blockOf(event.target);
        if (block && !block.contains(event.relatedTarget)) clear(block);
    });
})();
