// Upload with progress: the upload form (form.upload) is sent by XMLHttpRequest, so the bytes sent show in its progress
// bar; once the server has checked and loaded the files, its answer (the same page, with the results) replaces the
// page's main content, and focus moves to the results. Without script the form posts as a plain form and the
// results page comes back the same. Loaded from our own origin only (CSP script-src 'self', connect-src 'self').
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('upload') || !window.FormData) return;
    var box = form.querySelector('.progress');
    var bar = box && box.querySelector('progress');
    var status = box && box.querySelector('[role=status]');
    if (!bar || !status) return;
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    var request = new XMLHttpRequest();
    function say(text, value) {
        status.textContent = text;
        if (value === null) bar.removeAttribute('value'); else bar.value = value;
    }
    request.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable) { say('Đang tải lên…', null); return; }
        var pct = Math.round(100 * e.loaded / e.total);
        say('Đang tải lên: ' + pct + '%', pct);
        if (e.loaded >= e.total) say('Đã tải lên; đang kiểm tra và nạp dữ liệu…', null);
    });
    request.upload.addEventListener('load', function () { say('Đã tải lên; đang kiểm tra và nạp dữ liệu…', null); });
    request.addEventListener('load', function () {
        var page = new DOMParser().parseFromString(request.responseText, 'text/html');
        var main = page.querySelector('main');
        var here = document.querySelector('main');
        if (!main || !here) { say('Máy chủ trả lời không như mong đợi; hãy tải lại trang.', 0); button.disabled = false; return; }
        here.replaceChildren.apply(here, Array.prototype.slice.call(main.childNodes).map(function (n) { return document.adoptNode(n); }));
        var heading = here.querySelector('#res-h');
        if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    });
    request.addEventListener('error', function () {
        say('Không gửi được tệp (mất kết nối hoặc tệp quá lớn). Hãy thử lại.', 0);
        button.disabled = false;
    });
    box.hidden = false;
    button.disabled = true;
    say('Đang tải lên: 0%', 0);
    request.open('POST', form.action);
    request.send(new FormData(form));
});
