# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Tanda tangan
signature-name = Nama
    .hint = Jika dikosongkan, PDF mencantumkan penanggung jawab permintaan yang disebutkan dalam data otoritas peminta.
signature-position = Jabatan atau pangkat
    .hint = Jika dikosongkan, PDF mencantumkan jabatan yang tercantum dalam data otoritas peminta, apabila formulir ini menanyakannya.
signature-place = Tempat
signature-date = Tanggal
signature-checked-name = Terjemahan jawaban diperiksa oleh: nama
    .hint = Opsional. Orang yang memeriksa terjemahan jawaban Anda; catatan penutup PDF menyebutkan namanya. Tidak pernah diisi oleh Tandem.
signature-checked-office = Terjemahan jawaban diperiksa oleh: instansi atau unit kerja
# Printed under the line left for the handwritten signature.
signature-line = Tanda tangan
# Printed in the empty box left for the official seal or stamp.
signature-seal = Cap dinas
