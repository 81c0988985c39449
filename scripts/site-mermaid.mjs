// The docs site's one script (npm run docs:api bundles it with mermaid as TypeDoc's customJs):
// every ```mermaid block of the guides (the machines' diagrams, generated from their tables)
// is drawn as a diagram when the page loads. Nothing is fetched: mermaid ships in the site.
import mermaid from 'mermaid';

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
window.addEventListener('load', () => {
  for (const code of document.querySelectorAll('pre > code.mermaid')) {
    const div = document.createElement('div');
    div.className = 'mermaid';
    div.textContent = code.textContent;
    code.parentElement?.replaceWith(div);
  }
  mermaid.run({ querySelector: 'div.mermaid' });
});
