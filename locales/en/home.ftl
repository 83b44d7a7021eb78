# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = All requests
home-start = Start a new request
home-use-art29-preservation = Start here: have the data preserved at once, before they can be deleted.
home-use-art31-subscriber = To obtain subscriber information by mutual legal assistance, once preserved.
home-use-art31-traffic = To obtain traffic data by mutual legal assistance, once preserved.
home-use-art31-content = To obtain content data by mutual legal assistance, once preserved.
home-use-emergency-disclosure = Only for an imminent risk to the life or safety of a person.
home-use-provider-preservation = Where a service provider accepts requests from foreign authorities directly: have the data preserved at once.
home-use-provider-disclosure = To ask a service provider directly for non-content data, once preserved.
home-drafts = Drafts in this browser
home-no-drafts = There are no drafts yet.
home-untitled = Draft without a reference
home-country = Requested State
home-edited = Last edited
home-duplicate = Duplicate
home-rename = Rename
home-name = Name of the draft
home-save-name = Save the name
home-cancel = Cancel
home-delete = Delete
home-export = Export to a file
home-import = Import a draft file
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Draft deleted: { $name }.
home-undo = Undo
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Draft imported: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = This draft was already here, so it was imported as a copy: { $name }.
home-import-malformed = This file is not a Tandem draft. Nothing was changed.
home-import-too-large = This file is too large for a Tandem draft. Nothing was changed.
home-import-newer = This draft was made by a newer version of Tandem. Nothing was changed.
home-import-unknown = This draft is for a type of request this version of Tandem does not have. Nothing was changed.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = This browser refused to store it ({ $reason }). Nothing was changed.
home-not-found = This draft is not in this browser.
home-saving = Saving…
home-preview = Preview the PDF
home-preview-title = Preview of the PDF
home-preview-download = Download this PDF
