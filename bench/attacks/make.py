#!/usr/bin/env python3
"""Hostile files of issue 14, all within the upload limits (10 MB a file, 200 MB unpacked, 200:1 a part), written to DIR.

merge.xlsx      1.6 KB: one merge A1:XFD1048576 over a sheet with a cell in its last row (the merge fill bomb)
wide.docx       ~5.6 MB package whose word/document.xml is ~150 MB (28:1), text in many paragraphs
cells.xlsx      ~3 MB: a million numeric cells
strings.xlsx    ~4 MB: shared strings of 150 MB (short text repeated, 40:1)
inflate.pdf     1.0 MB: one page whose content stream inflates to 1 GB of spaces
glyphs.pdf      40 KB: one page showing 20 million glyphs (20 MB of content)
shared.pdf      117 KB: 1,000 pages drawing one content stream of 370 KB (8,000 lines, about 340,000 glyphs)
forms.pdf       1 KB: one page drawing a form of 1,000 glyphs 20,000 times (20 million glyphs)
(tools/fuzz/PdfBombs.cs writes the same shapes, smaller, for the tests)
Usage: make.py DIR [--copies N] [--pdf]  (N copies of wide.docx and cells.xlsx, for the parallel read; --pdf: the PDFs only)"""
import os, random, sys, zipfile, zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT_DOCX = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS_DOCX = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
CT_XLSX = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
RELS_XLSX = RELS_DOCX.replace('word/document.xml', 'xl/workbook.xml')
BOOK = f'<?xml version="1.0" encoding="UTF-8"?><workbook {S} {R}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def xlsx(path, sheet, strings='<sst ' + S + '/>'):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', CT_XLSX); z.writestr('_rels/.rels', RELS_XLSX)
        z.writestr('xl/workbook.xml', BOOK); z.writestr('xl/_rels/workbook.xml.rels', BOOK_RELS)
        z.writestr('xl/sharedStrings.xml', strings); z.writestr('xl/worksheets/sheet1.xml', sheet)


def merge(path):
    xlsx(path, f'<worksheet {S}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c></row>'
               f'<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'
               f'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')


def wide_docx(path, rng):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', CT_DOCX); z.writestr('_rels/.rels', RELS_DOCX)
        with z.open('word/document.xml', 'w', force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
            words = ['Sở', 'Công', 'Thương', 'đạt', 'tiêu', 'chí', 'năm', 'xếp', 'hạng', 'tăng', 'giảm']
            pool = [f'<w:p><w:r><w:t>{" ".join(rng.choice(words) + str(rng.randrange(100)) for _ in range(12))}</w:t></w:r></w:p>'
                    for _ in range(150)]
            written = 0
            while written < 150_000_000:
                chunk = ''.join(rng.choice(pool) for _ in range(2000)).encode()
                f.write(chunk); written += len(chunk)
            f.write(b'</w:body></w:document>')


def cells_xlsx(path, rng):
    rows = []
    for r in range(1, 40_001):
        rows.append(f'<row r="{r}">' + ''.join(f'<c><v>{rng.randrange(10000)}</v></c>' for _ in range(25)) + '</row>')
    xlsx(path, f'<worksheet {S}><sheetData>{"".join(rows)}</sheetData></worksheet>')


def strings_xlsx(path):
    items = ''.join(f'<si><t>Sở Công Thương {i % 97}</t></si>' for i in range(4_000_000))
    xlsx(path, f'<worksheet {S}><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>',
         f'<sst {S}>{items}</sst>')


def pdf(path, pages, objects):
    """A PDF of `pages` (content stream object numbers, one per page) and extra `objects` {number: body}; Helvetica as /F1."""
    objs = dict(objects)
    xobjects = objs.pop('xobjects', b'')
    first = max(list(objs) + [4]) + 1
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    kids = []
    for i, content in enumerate(pages):
        objs[first + i] = b'<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>' % content
        kids.append(b'%d 0 R' % (first + i))
    objs[2] = (b'<< /Type /Pages /Count %d /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> %s>> /Kids [%s] >>'
               % (len(pages), xobjects, b' '.join(kids)))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
    xref, size = len(out), max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    out += b''.join(b'%010d 00000 n \n' % offsets[n] if n in offsets else b'0000000000 65535 f \n' for n in range(1, size))
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    with open(path, 'wb') as f:
        f.write(out)


def flate(chunks, extra=b''):
    """A Flate stream object from chunks of content, compressed as they come (never held whole)."""
    z, data = zlib.compressobj(9), bytearray()
    for chunk in chunks:
        data += z.compress(chunk)
    data += z.flush()
    return b'<< /Length %d /Filter /FlateDecode %s>>\nstream\n' % (len(data), extra) + bytes(data) + b'\nendstream'


def text(lines):
    return [b'BT /F1 10 Tf 40 800 Td 12 TL\n'] + list(lines) + [b'ET\n']


def pdfs(out):
    pdf(os.path.join(out, 'inflate.pdf'), [4], {4: flate(text([b'(Ke hoach) Tj\n']) + [b' ' * (1 << 20)] * 1024)})
    pdf(os.path.join(out, 'glyphs.pdf'), [4], {4: flate(text([b"(" + b'a' * 1000 + b") '\n"] * 20_000))})
    lines = [b"(Chi so hai long %d,%d xep hang %d tang %d bac) '\n" % (i % 100, i % 10, i % 63, i % 7) for i in range(8_000)]
    pdf(os.path.join(out, 'shared.pdf'), [4] * 1000, {4: flate(text(lines))})
    form = flate(text([b"(" + b'b' * 100 + b") '\n"] * 10), b'/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ')
    pdf(os.path.join(out, 'forms.pdf'), [4], {4: flate([b'/X0 Do\n'] * 20_000), 5: form, 'xobjects': b'/XObject << /X0 5 0 R >> '})


if __name__ == '__main__':
    out = sys.argv[1]; copies = int(sys.argv[sys.argv.index('--copies') + 1]) if '--copies' in sys.argv else 1
    os.makedirs(out, exist_ok=True)
    pdfs(out)
    if '--pdf' not in sys.argv:
        rng = random.Random(14)
        merge(os.path.join(out, 'merge.xlsx'))
        wide_docx(os.path.join(out, 'wide.docx'), rng)
        cells_xlsx(os.path.join(out, 'cells.xlsx'), rng)
        strings_xlsx(os.path.join(out, 'strings.xlsx'))
        for i in range(2, copies + 1):
            for name in ('wide.docx', 'cells.xlsx'):
                stem, ext = os.path.splitext(name)
                os.link(os.path.join(out, name), os.path.join(out, f'{stem}-{i}{ext}'))
    for f in sorted(os.listdir(out)):
        print(f, os.path.getsize(os.path.join(out, f)))
