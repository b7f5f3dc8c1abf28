import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { Server } from 'node:http';
import { launchWithExtension, serveDirectory } from './launch';
import { hoverText, message, opened, timeToOpen, ui, waitForReferences, watchFor } from './page-helpers';

// Adding documents changes the library, so these tests run in a browser of their own and leave
// the shared one (whose tests count the six bundled documents) alone.
const test = base.extend<{ page: Page }>({
  page: async ({}, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let serviceWorker: Worker;
let extensionId: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  ({ context, serviceWorker, extensionId } = await launchWithExtension());
  ({ server, origin } = await serveDirectory('test/e2e/pages'));
});
test.afterAll(async () => {
  await context.close();
  server.close();
});

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>苏州市促进临床试验发展的若干措施_苏州市人民政府</title></head><body>
<nav><a href="#">首页</a> &gt; <a href="#">政策文件</a></nav>
<div class="content"><h1>苏州市促进临床试验发展的若干措施</h1><p>苏府〔2025〕7号</p><p>各市、区人民政府，市各委办局：</p>
<p>为提升临床研究水平，推动生物医药产业创新发展，制定以下措施。</p>
<p>1.提升临床研究水平。支持符合条件的医疗机构建设临床医学研究中心，增加临床研究资源，组织开展多中心、大样本临床研究，探索开展去中心化临床试验试点。（责任单位：市卫健委）</p>
<p>2.推进伦理审查互认。推动区域伦理审查结果互认，缩短临床试验启动时间。（责任单位：市卫健委、市药监局）</p>
<p>3.支持创新药上市。对获批上市的一类创新药给予奖励。（责任单位：市科技局）</p>
<p>本措施自2025年3月1日起施行，有效期至2027年12月31日。</p>
<p>苏州市人民政府</p><p>2025年2月3日</p></div><footer>版权所有</footer></body></html>`;

const TXT = ['浙江省人民政府关于加快生物医药产业园区建设的实施意见', '浙政发〔2025〕11号', '各市、县（市、区）人民政府，省政府直属各单位：', '一、总体要求', '（一）发展目标。到2027年，建成一批特色鲜明的生物医药产业园区。', '二、主要任务', '（一）完善园区基础设施。支持园区建设公共技术服务平台。', '（二）集聚创新资源。引进高水平研发机构，支持建设概念验证中心。', '浙江省人民政府', '2025年5月6日'].join('\n');

const PDF_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:16px;width:520px}</style></head><body>
<p>工业和信息化部关于支持生物医药研发外包服务发展的通知</p><p>工信部〔2025〕21号</p><p>各省、自治区、直辖市工业和信息化主管部门：</p>
<p>一、提升研发外包服务能力。支持研发外包服务企业建设专业化平台，提供临床前研究、临床试验和注册申报等一站式服务，提升国际竞争力。</p>
<p>二、优化发展环境。完善知识产权保护，推动数据合规流动，支持企业参与国际多中心临床试验。</p>
<p>工业和信息化部</p><p>2025年6月9日</p></body></html>`;

async function libraryPage(page: Page): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { name: await message(page, 'importTitle') })).toBeVisible();
}

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: await message(page, 'importTitle'), exact: true }).setInputFiles({ name, mimeType, buffer });
}

async function saveAndExpectListed(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: await message(page, 'saveToLibrary') }).click();
  await expect(page.getByRole('status').filter({ hasText: await message(page, 'savedToLibrary', title) })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(await message(page, 'userAdded'));
}

test('an HTML file is previewed with its facts and outline, and stored only on 保存到文库', async ({ page }) => {
  await libraryPage(page);
  await importFile(page, 'suzhou-measures.html', 'text/html', Buffer.from(HTML));
  const preview = page.getByRole('region', { name: await message(page, 'previewTitle') });
  await expect(preview.getByLabel(await message(page, 'fieldTitle'), { exact: true })).toHaveValue('苏州市促进临床试验发展的若干措施');
  await expect(preview.getByLabel(await message(page, 'fieldDocNumber'), { exact: true })).toHaveValue('苏府〔2025〕7号');
  await expect(preview.getByLabel(await message(page, 'fieldIssuers'), { exact: true })).toHaveValue('苏州市人民政府');
  await expect(preview.getByLabel(await message(page, 'fieldRegion'), { exact: true })).toHaveValue('苏州');
  await expect(preview.getByLabel(await message(page, 'fieldIssued'), { exact: true })).toHaveValue('2025-02-03');
  await expect(preview.getByLabel(await message(page, 'fieldEffectiveTo'), { exact: true })).toHaveValue('2027-12-31');
  // The preamble, three measures, and the closing sentence on when it is in force.
  const items = preview.getByRole('list', { name: await message(page, 'previewOutline', '5') }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('序言');
  await expect(items.nth(1)).toHaveText('1. 提升临床研究水平');
  await expect(items.nth(2)).toHaveText('2. 推进伦理审查互认');
  await expect(items.nth(3)).toHaveText('3. 支持创新药上市');
  await expect(items.nth(4)).toContainText('结语');
  // Nothing is in the library yet.
  await expect(page.getByRole('listitem').filter({ hasText: '苏州市促进临床试验发展的若干措施' })).toHaveCount(0);
  await saveAndExpectListed(page, '苏州市促进临床试验发展的若干措施');
});

test('a TXT file and a PDF made by Chromium are read and saved', async ({ page }) => {
  await libraryPage(page);
  await importFile(page, 'zhejiang.txt', 'text/plain', Buffer.from(TXT));
  await expect(page.getByLabel(await message(page, 'fieldDocNumber'), { exact: true })).toHaveValue('浙政发〔2025〕11号');
  await saveAndExpectListed(page, '浙江省人民政府关于加快生物医药产业园区建设的实施意见');

  const printer = await context.newPage();
  await printer.setContent(PDF_HTML);
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  await importFile(page, 'miit.pdf', 'application/pdf', pdf);
  await expect(page.getByLabel(await message(page, 'fieldTitle'), { exact: true })).toHaveValue('工业和信息化部关于支持生物医药研发外包服务发展的通知');
  await expect(page.getByLabel(await message(page, 'fieldDocNumber'), { exact: true })).toHaveValue('工信部〔2025〕21号');
  await expect(page.getByRole('region', { name: await message(page, 'previewTitle') }).getByLabel(await message(page, 'fieldLevel'), { exact: true })).toHaveValue('national');
  await saveAndExpectListed(page, '工业和信息化部关于支持生物医药研发外包服务发展的通知');
});

test('the added documents are found by popup search, detected on pages and among related measures', async ({ page }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('searchbox').fill('伦理审查结果互认');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('推动区域伦理审查结果互认');

  await page.goto(`${origin}/library-mentions.html`);
  await waitForReferences(page, 2);
  // How long its popover takes to open here sets the window in which it must not, once deleted.
  const slowest = await timeToOpen(page, '苏府〔2025〕7号');
  await hoverText(page, '苏府〔2025〕7号');
  await expect(ui(page).getByRole('dialog', { name: '苏州市促进临床试验发展的若干措施' })).toBeVisible();
  await page.mouse.move(1, 1);
  await hoverText(page, '浙政发〔2025〕11号');
  await expect(ui(page).getByRole('dialog', { name: '浙江省人民政府关于加快生物医药产业园区建设的实施意见' })).toBeVisible();

  // A national clause on clinical research now lists the new municipal measure.
  await page.goto(`chrome-extension://${extensionId}/library.html#clause=${encodeURIComponent('000:二/(三)')}`);
  await expect(page.getByText('苏州市促进临床试验发展的若干措施').first()).toBeVisible();
});

test('a page opened before a document was added detects it without a reload', async ({ page }) => {
  await page.goto(`${origin}/library-mentions.html`);
  await waitForReferences(page, 2);
  // How long its popover takes to open here sets the window in which it must not, once deleted.
  const slowest = await timeToOpen(page, '苏府〔2025〕7号');
  await hoverText(page, '苏府〔2025〕7号');
  await expect(ui(page).getByRole('dialog', { name: '苏州市促进临床试验发展的若干措施' })).toBeVisible();
  const library = await context.newPage();
  await libraryPage(library);
  const item = library.getByRole('listitem').filter({ hasText: '苏州市促进临床试验发展的若干措施' });
  await item.getByRole('button', { name: /删除|Delete/ }).click();
  await expect(library.getByRole('status').filter({ hasText: await message(library, 'deletedDocument', '苏州市促进临床试验发展的若干措施') })).toBeVisible();
  await page.bringToFront();
  await expect(async () => {
    await page.mouse.move(1, 1);
    await watchFor(page, 'dialog');
    await hoverText(page, '苏府〔2025〕7号');
    await page.waitForTimeout(2 * slowest);
    expect(await opened(page)).not.toContain('苏州市促进临床试验发展的若干措施');
  }).toPass({ timeout: 15_000 });
  // Undo puts it back, and the open page detects it again without a reload.
  await library.getByRole('button', { name: await message(library, 'undo') }).click();
  await expect(library.getByRole('listitem').filter({ hasText: '苏州市促进临床试验发展的若干措施' })).toHaveCount(1);
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await expect(async () => {
    await page.mouse.move(1, 1);
    await hoverText(page, '苏府〔2025〕7号');
    await expect(ui(page).getByRole('dialog', { name: '苏州市促进临床试验发展的若干措施' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await library.close();
});

test('"add this page" reads a government page without its navigation and previews it', async ({ page }) => {
  await page.goto(`${origin}/library-gov-page.html`);
  await page.waitForLoadState('load');
  await page.bringToFront();
  // As the popup does: the active tab (its id needs no "tabs" permission).
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await library.evaluate((id) => chrome.runtime.sendMessage({ type: 'add-page', tabId: id }), tabId);
  const preview = await opened;
  await expect(preview).toHaveURL(/library\.html#import=page/);
  await expect(preview.getByLabel(await message(preview, 'fieldTitle'), { exact: true })).toHaveValue('常州市生物医药产业集群培育行动方案');
  await expect(preview.getByLabel(await message(preview, 'fieldDocNumber'), { exact: true })).toHaveValue('常政发〔2024〕15号');
  await expect(preview.getByLabel(await message(preview, 'fieldIssued'), { exact: true })).toHaveValue('2024-04-12');
  const outline = preview.getByRole('list', { name: /条目结构|Outline/ });
  await expect(outline).not.toContainText('首页');
  await expect(outline).toContainText('提升临床研究能力');
  await expect(preview.getByRole('region', { name: await message(preview, 'previewTitle') })).not.toContainText('分享到');
  await saveAndExpectListed(preview, '常州市生物医药产业集群培育行动方案');
  await library.close();
  await preview.close();
});

test('bad input gets a clear message and leaves the library unchanged', async ({ page }) => {
  await libraryPage(page);
  // The list is read once it holds the document added by an earlier test (it loads in one go).
  await expect(page.getByRole('listitem').filter({ hasText: '浙江省人民政府关于加快生物医药产业园区建设的实施意见' })).toHaveCount(1);
  const count = await page.getByRole('listitem').count();
  await importFile(page, 'empty.txt', 'text/plain', Buffer.alloc(0));
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'errorEmptyFile'));
  await importFile(page, 'data.txt', 'text/plain', Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 255, 0, 1, 2, 3, 4, 5, 6]));
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'errorBinaryFile'));
  // A scan: pages with a picture and no text layer.
  const printer = await context.newPage();
  await printer.setContent('<svg width="400" height="300"><rect width="400" height="300" fill="#333"/></svg>');
  const scanned = await printer.pdf({ format: 'A4' });
  await printer.close();
  await importFile(page, 'scan.pdf', 'application/pdf', scanned);
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'errorScannedPdf'));
  // A duplicate is never saved twice.
  await importFile(page, 'zhejiang-again.txt', 'text/plain', Buffer.from(TXT));
  await expect(page.getByRole('alert')).toContainText(await message(page, 'duplicateFound', '浙江省人民政府关于加快生物医药产业园区建设的实施意见'));
  await expect(page.getByRole('button', { name: await message(page, 'saveToLibrary') })).toHaveCount(0);
  await page.getByRole('button', { name: await message(page, 'cancel') }).click();
  await expect(page.getByRole('listitem')).toHaveCount(count);
});
