# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Žiadosť o urýchlené uchovanie uložených počítačových údajov
art31-subscriber-title = Žiadosť o vzájomnú právnu pomoc týkajúca sa informácií o účastníkoch
art31-traffic-title = Žiadosť o vzájomnú právnu pomoc týkajúca sa uložených prevádzkových údajov
art31-content-title = Žiadosť o vzájomnú právnu pomoc týkajúca sa uložených údajov o obsahu
emergency-disclosure-title = Žiadosť o sprístupnenie uložených počítačových údajov v núdzovej situácii
provider-preservation-title = Žiadosť poskytovateľovi služieb o uchovanie údajov
provider-disclosure-title = Žiadosť poskytovateľovi služieb o dobrovoľné sprístupnenie informácií o účastníkoch, IP adries a záznamov o prihláseniach
reply-receipt-title = Potvrdenie o prijatí žiadosti
reply-preserved-title = Potvrdenie uchovania údajov
reply-action-title = Oznámenie o vykonaných úkonoch
reply-clarification-title = Žiadosť o objasnenie
reply-refusal-title = Oznámenie, že žiadosť nemožno vybaviť
