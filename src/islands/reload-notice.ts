/**
 * The reload notice of /next-steps/ (the planner and the letters): a clone of the page's
 * server-rendered <template> (src/components/ReloadNotice.astro), put in place of the part whose
 * script could not be loaded, once (a later success empties the slot). Its button reloads the
 * page; `beforeReload` may first put what the person entered into the address, so the reloaded
 * page shows it again. The wizard catches the same
 * form with its own submit handler (src/islands/Wizard.svelte), which costs it fewer bytes.
 */
export function showReloadNotice(slot: Element, templateId: string, beforeReload?: () => void): void {
  // Shown (and announced) once: a part that is asked for again on every keystroke fails each time.
  if (slot.firstElementChild) return;
  const notice = (document.getElementById(templateId) as HTMLTemplateElement).content.firstElementChild!.cloneNode(true) as HTMLFormElement;
  notice.onsubmit = (event) => {
    event.preventDefault();
    beforeReload?.();
    location.reload();
  };
  slot.replaceChildren(notice);
}
