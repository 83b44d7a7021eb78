# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Bu brauzer Tandem programmasyna taslamalary ýatda saklamaga rugsat bermeýär. Işiňiz diňe şu sahypada galýar: sahypany ýapmazdan öň taslamany ýükläp alyň.
storage-read-only = Bu taslama Tandem programmasynyň has täze wersiýasynda ýazyldy we ony bu ýerde üýtgedip bolmaýar.
storage-copy-note = Bu ýerde onuň nusgasyny redaktirläp bolýar; şu wersiýa näbelli maglumatlar saklanýar, ýöne görkezilmeýär.
storage-keep-copy = Redaktirlenýän nusgasyny ýatda saklamak
storage-read-only-tag = Diňe okamak üçin: Tandem programmasynyň has täze wersiýasynda ýazyldy
storage-changed-elsewhere = Bu taslama başga goýmada ýa-da penjirede üýtgedildi.
storage-changed-newer = Tandem programmasynyň has täze wersiýasy bu taslamany başga goýmada ýa-da penjirede üýtgetdi.
storage-changed-unreadable = Bu taslamanyň ýatda saklanan wersiýasyny okap bolmady: ol üýtgedilmän aýratyn goýuldy, bu wersiýa bolsa ýatda saklandy.
storage-load-other-note = Beýleki wersiýany ýükleseňiz, şu goýmada entek ýatda saklanmadyk üýtgetmeler ýiter.
storage-load-other = Beýleki wersiýany ýüklemek
storage-keep-mine = Meniňkini nusga hökmünde ýatda saklamak
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Okap bolmadyk ýatda saklanan taslamalar: { $count }. Olar üýtgedilmän aýratyn goýuldy.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Ýükläp almak: { $file }
storage-persistent = Bu brauzer bu taslamalary siz olary pozýançaňyz saklaýar.
storage-not-persistent = Ýer ýetmezçilik edende bu brauzer bu taslamalary pozup biler: ätiýaçlyk nusgasyny eksport ediň.
storage-export-all = Ähli taslamalary eksport etmek
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Ýatda saklanan taslamalaryň göwrümi { $kb } kB: bu brauzeriň olar üçin bölüp berýän { $limit } kB göwrüminiň { $percent } %.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Brauzeriň şu saýtyň ähli maglumatlary boýunça öz görkezijisi (taslamalar oňa girmezligi mümkin): rugsat berlen { $quota } MB göwrümiň { $used } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Taslamalar üçin ammar { $percent } % doldy. Ol dolandan soň üýtgetmeleri şu brauzerde ýatda saklap bolmaz. Ähli taslamalary faýla eksport ediň, soňra indi gerek däl taslamalary pozuň; iň könesi aşakda görkezilýär.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: ammarda { $kb } kB
