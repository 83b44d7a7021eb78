# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Request for expedited preservation of stored computer data
art31-subscriber-title = Mutual legal assistance request for subscriber information
art31-traffic-title = Mutual legal assistance request for stored traffic data
art31-content-title = Mutual legal assistance request for stored content data
emergency-disclosure-title = Emergency request for disclosure of stored computer data
provider-preservation-title = Request to a service provider for the preservation of data
provider-disclosure-title = Request to a service provider for the voluntary disclosure of subscriber information, IP addresses and log-in records
reply-receipt-title = Confirmation of receipt of a request
reply-preserved-title = Confirmation of preservation
reply-action-title = Notice of action taken
reply-clarification-title = Request for clarification
reply-refusal-title = Notice that a request cannot be executed
